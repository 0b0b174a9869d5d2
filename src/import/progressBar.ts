import type { ImportProgress } from './types.js'

type Output = { isTTY?: boolean; write: (text: string) => unknown }

/**
 * Progress of a CLI import on stderr: a bar redrawn in place on a terminal, otherwise one line per tenth
 * (logs stay readable). Files under `quietBelow` rows print nothing until the summary.
 */
export const progressPrinter = (output: Output, quietBelow = 500) => {
  let lastTenth = -1
  let lastPhase = ''
  return (progress: ImportProgress): void => {
    if (progress.total < quietBelow) return
    const share = progress.total ? progress.done / progress.total : 1
    const label = `${progress.phase} ${progress.done.toLocaleString('en-GB')}/${progress.total.toLocaleString('en-GB')}`
    if (output.isTTY) {
      const width = 30
      const filled = Math.round(share * width)
      output.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${label}`)
      if (progress.done === progress.total) output.write('\n')
      return
    }
    const tenth = Math.floor(share * 10)
    if (tenth === lastTenth && progress.phase === lastPhase) return
    lastTenth = tenth
    lastPhase = progress.phase
    output.write(`${String(tenth * 10).padStart(3)}% ${label}\n`)
  }
}
