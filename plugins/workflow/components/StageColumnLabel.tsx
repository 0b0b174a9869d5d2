/** The list column header of `workflow.stage`: "Stage", not Payload's "Workflow > Stage". */
export const StageColumnLabel = () => <span>Stage</span>
