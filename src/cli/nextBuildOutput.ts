/**
 * Reads `next build`'s output as it streams: which phase the build is in (for progress lines during a
 * multi-minute build) and the warnings it printed, so a "Compiled with warnings" never goes unexplained.
 * Pure string handling; adminBuild.ts feeds it the child's stdout and stderr.
 */

/** Next's phase announcements (Next 16, webpack build), in the order they appear; the label is what we print. */
const phases: { pattern: RegExp; label: string }[] = [
  { pattern: /Creating an optimized production build/, label: 'compiling (webpack)' },
  { pattern: /Compiled successfully|Compiled with warnings/, label: 'compiled' },
  { pattern: /Running TypeScript|Linting and checking validity of types/, label: 'type checking' },
  { pattern: /Collecting page data/, label: 'collecting page data' },
  { pattern: /Generating static pages/, label: 'generating static pages' },
  { pattern: /Finalizing page optimization/, label: 'finalizing page optimization' },
  { pattern: /Collecting build traces/, label: 'collecting build traces' },
  { pattern: /^Route \(app\)/, label: 'writing the route summary' },
]

// colours, cursor moves and line clears from Next's spinners
const ansi = /\u001b\[[0-9;?]*[A-Za-z]/g
/** Next's status marks (✓ done, ⚠ warning, ▲ banner, ⨯ error) start a new message. */
const statusLine = /^\s*[✓⚠▲⨯]/

export const cleanLine = (raw: string): string => raw.replace(ansi, '').trimEnd()

export type OutputStream = 'stdout' | 'stderr'

export type NextBuildOutputReader = {
  /**
   * Feeds a chunk of one stream's output; returns the complete, cleaned lines it finished, for echoing: all
   * but the webpack warnings' own lines, which can run to hundreds and are summarised once the build ends.
   * Streams are buffered apart so a stdout chunk never splits a stderr line.
   */
  read: (chunk: string, stream?: OutputStream) => string[]
  /** Flushes the streams' last lines without a newline. */
  end: () => string[]
  /** The label of the phase Next last announced (null before the first one). */
  readonly phase: string | null
  /** Each warning Next printed, as it printed it (multi-line ones joined with newlines). */
  readonly warnings: string[]
  /** Next said "Compiled with warnings": the webpack warnings follow that line until the next status line. */
  readonly compiledWithWarnings: boolean
}

export const createNextBuildOutputReader = (): NextBuildOutputReader => {
  const pending: Record<OutputStream, string> = { stdout: '', stderr: '' }
  let phase: string | null = null
  let compiledWithWarnings = false
  // the stream "Compiled with warnings" came on (stderr): its warnings follow there, whatever stdout says meanwhile
  let warningStream: OutputStream | null = null
  let current: string[] = []
  const warnings: string[] = []

  const closeWarning = () => {
    const text = current.join('\n').trim()
    current = []
    if (!text) return
    // webpack puts a blank line before a warning's import trace, and one between warnings
    if (text.startsWith('Import trace for requested module:') && warnings.length > 0) {
      warnings[warnings.length - 1] += `\n\n${text}`
    } else warnings.push(text)
  }

  /** Reads one line; returns whether to echo it. */
  const take = (line: string, stream: OutputStream): boolean => {
    const phaseHere = phases.find((p) => p.pattern.test(line))
    const isStatus = statusLine.test(line) || phaseHere !== undefined
    const inWebpackWarnings = warningStream === stream
    if (inWebpackWarnings && isStatus) {
      closeWarning()
      warningStream = null
    }
    if (phaseHere) phase = phaseHere.label
    if (/Compiled with warnings/.test(line)) {
      compiledWithWarnings = true
      warningStream = stream
      return true
    }
    if (warningStream === stream) {
      // webpack's warnings are separated by blank lines
      if (line.trim() === '') closeWarning()
      else current.push(line)
      return false
    }
    // any other "⚠ …" line is a warning of its own (config, cache, deprecated options)
    const ownWarning = /^\s*⚠\s*(.*)$/.exec(line)
    if (ownWarning?.[1]) warnings.push(ownWarning[1])
    return true
  }

  const lines = (text: string, stream: OutputStream) => {
    const done: string[] = []
    for (const raw of text.split('\n')) {
      // a spinner rewrites its line with \r: the last rewrite is what a terminal shows
      const line = cleanLine(raw.split('\r').pop() ?? '')
      if (take(line, stream)) done.push(line)
    }
    return done
  }

  return {
    read(chunk, stream = 'stdout') {
      const text = pending[stream] + chunk
      const cut = text.lastIndexOf('\n')
      if (cut === -1) {
        pending[stream] = text
        return []
      }
      pending[stream] = text.slice(cut + 1)
      return lines(text.slice(0, cut), stream)
    },
    end() {
      const rest = [...(pending.stdout ? lines(pending.stdout, 'stdout') : []), ...(pending.stderr ? lines(pending.stderr, 'stderr') : [])]
      pending.stdout = pending.stderr = ''
      if (warningStream) closeWarning()
      warningStream = null
      return rest
    },
    get phase() {
      return phase
    },
    get warnings() {
      return warnings
    },
    get compiledWithWarnings() {
      return compiledWithWarnings
    },
  }
}
