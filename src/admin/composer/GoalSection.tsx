'use client'
import { useState } from 'react'
import { StageBadge } from '../../../plugins/workflow/components/StageBadge.js'
import { metricsSummary, type ComposerEvidence, type ComposerGoal, type ComposerRecommendation } from './composerData.js'

type Props = {
  adminBase: string
  goal: ComposerGoal
  /** This goal's evidence, in report order. */
  evidence: ComposerEvidence[]
  recommendations: ComposerRecommendation[]
  onAddEvidence: (goal: string) => void
  onReorder: (items: ComposerEvidence[], from: number, to: number) => void
}

const goalHeading = (goal: ComposerGoal) => (typeof goal.number === 'number' ? `Goal ${goal.number} — ${goal.title}` : goal.title)

/** One goal of the composer: its evidence (draggable, with up/down buttons for keyboards), recommendations, or a gap. */
export const GoalSection = ({ adminBase, goal, evidence, recommendations, onAddEvidence, onReorder }: Props) => {
  const [dragged, setDragged] = useState<null | number>(null)
  const headingId = `composer-goal-${goal.id}`
  return (
    <li className={`report-composer__goal${evidence.length ? '' : ' report-composer__goal--gap'}`} aria-labelledby={headingId} data-goal={goal.id}>
      <div className="report-composer__goal-header">
        <h4 id={headingId} className="report-composer__goal-title">{goalHeading(goal)}</h4>
        <button type="button" className="report-composer__add btn btn--style-secondary btn--size-small" onClick={() => onAddEvidence(goal.id)}>
          Add evidence for this goal
        </button>
      </div>
      {evidence.length === 0 ? (
        <p className="report-composer__gap">No evidence yet</p>
      ) : (
        <ul className="report-composer__evidence" aria-label={`Evidence for ${goalHeading(goal)}`}>
          {evidence.map((item, index) => (
            <li
              key={item.id}
              className={`report-composer__item${dragged === index ? ' report-composer__item--dragged' : ''}`}
              data-evidence={item.id}
              draggable
              onDragStart={(event) => {
                event.dataTransfer.effectAllowed = 'move'
                event.dataTransfer.setData('text/plain', item.id)
                setDragged(index)
              }}
              onDragOver={(event) => dragged !== null && event.preventDefault()}
              onDrop={(event) => {
                event.preventDefault()
                if (dragged !== null) onReorder(evidence, dragged, index)
                setDragged(null)
              }}
              onDragEnd={() => setDragged(null)}
            >
              <span className="report-composer__handle" aria-hidden="true">⠿</span>
              <a className="report-composer__item-title" href={`${adminBase}/collections/evidence/${encodeURIComponent(item.id)}`}>
                {item.title}
              </a>
              <StageBadge stage={item.workflow?.stage ?? 'draft'} />
              <span className="report-composer__metrics">{metricsSummary(item.metrics)}</span>
              <span className="report-composer__move">
                <button type="button" className="report-composer__up" disabled={index === 0} aria-label={`Move “${item.title}” up`} onClick={() => onReorder(evidence, index, index - 1)}>
                  ↑
                </button>
                <button
                  type="button"
                  className="report-composer__down"
                  disabled={index === evidence.length - 1}
                  aria-label={`Move “${item.title}” down`}
                  onClick={() => onReorder(evidence, index, index + 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {recommendations.length > 0 && (
        <ul className="report-composer__recommendations" aria-label={`Recommendations for ${goalHeading(goal)}`}>
          {recommendations.map((r) => (
            <li key={r.id}>
              <span className="report-composer__kind">Recommendation</span>{' '}
              <a href={`${adminBase}/collections/recommendations/${encodeURIComponent(r.id)}`}>{r.title}</a>{' '}
              <StageBadge stage={r.workflow?.stage ?? 'draft'} />
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}
