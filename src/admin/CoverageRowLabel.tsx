'use client'
import { useConfig, useRowLabel } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { coverageStatuses } from '../../collections/fields/coverageField.js'
import { slugs } from '../../collections/slugs.js'
import { refId, type Ref } from '../refs.js'

type DeclarationRow = { goal?: null | Ref; status?: null | string }
type GoalName = { number: null | number; title: null | string }

/** Goals already named, by ID, for every row label of the page (a goal's number and title rarely change). */
const named = new Map<string, Promise<GoalName | null>>()
/** The most goals one request names: the server's page size (lists asking for everything are refused). */
const batchSize = 100
/** IDs asked for in this tick: the rows of one array render together, so they share one request. */
let waiting: { apiBase: string; ids: Map<string, (goal: GoalName | null) => void> } | null = null

const fetchGoals = async (apiBase: string, ids: Map<string, (goal: GoalName | null) => void>) => {
  const found = new Map<string, GoalName>()
  try {
    const search = new URLSearchParams({ depth: '0', limit: String(ids.size), 'select[number]': 'true', 'select[title]': 'true' })
    search.set('where[id][in]', [...ids.keys()].join(','))
    const response = await fetch(`${apiBase}/${slugs.goals}?${search.toString()}`, { credentials: 'include' })
    if (response.ok) {
      const { docs } = (await response.json()) as { docs: (GoalName & { id: number | string })[] }
      for (const goal of docs) found.set(String(goal.id), { number: goal.number, title: goal.title })
    }
  } catch {
    // unnamed: the label falls back to the row's number
  }
  for (const [id, resolve] of ids) {
    if (!found.has(id)) named.delete(id) // asked again next time rather than remembered as missing
    resolve(found.get(id) ?? null)
  }
}

/** The goal's number and title, fetched once per goal and batched with the other rows asking at the same time. */
const goalName = (apiBase: string, id: string): Promise<GoalName | null> => {
  const known = named.get(id)
  if (known) return known
  const promise = new Promise<GoalName | null>((resolve) => {
    if (!waiting || waiting.ids.size >= batchSize) {
      const batch = { apiBase, ids: new Map<string, (goal: GoalName | null) => void>() }
      waiting = batch
      setTimeout(() => {
        if (waiting === batch) waiting = null
        void fetchGoals(batch.apiBase, batch.ids)
      }, 0)
    }
    waiting.ids.set(id, resolve)
  })
  named.set(id, promise)
  return promise
}

const statusLabel = (status: null | string | undefined): null | string =>
  coverageStatuses.find((option) => option.value === status)?.label ?? null

/**
 * A coverage declaration titled by its goal and status, e.g. "Goal 5 · Open recruitment — Covered", instead of
 * Payload's "Goal declaration 05". The row holds only the goal's ID, so its number and title are read once.
 */
export const CoverageRowLabel = () => {
  const { data, rowNumber } = useRowLabel<DeclarationRow | undefined>()
  const { config } = useConfig()
  const apiBase = `${config.serverURL ?? ''}${config.routes.api}`
  const goalId = refId(data?.goal)
  // undefined while it is being read, null when it could not be
  const [goal, setGoal] = useState<GoalName | null | undefined>(undefined)

  useEffect(() => {
    setGoal(undefined)
    if (!goalId) return
    let current = true
    void goalName(apiBase, goalId).then((found) => {
      if (current) setGoal(found)
    })
    return () => {
      current = false
    }
  }, [apiBase, goalId])

  const status = statusLabel(data?.status)
  const name = goal
    ? [typeof goal.number === 'number' ? `Goal ${goal.number}` : null, goal.title].filter(Boolean).join(' · ')
    : goalId && goal === undefined
      ? 'Goal …'
      : `Declaration ${(rowNumber ?? 0) + 1}${goalId ? '' : ' (no goal yet)'}`
  return <span className="coverage-row-label">{status ? `${name} — ${status}` : name}</span>
}
