'use client'
import type { DefaultCellComponentProps } from 'payload'
import { StageBadge } from './StageBadge.js'

/** List-view cell of `workflow.stage`. */
export const StageCell = ({ cellData }: DefaultCellComponentProps) => (
  <StageBadge stage={typeof cellData === 'string' ? cellData : null} />
)
