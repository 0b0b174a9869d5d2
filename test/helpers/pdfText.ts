import { execFile } from 'node:child_process'

/** Whitespace as one space: text extracted from a PDF breaks lines where the layout wrapped them. */
export const normaliseSpace = (text: string): string => text.replace(/\s+/g, ' ').trim()

/**
 * Text as compared with a PDF's: whitespace normalised, and none after a hyphen, since the layout may wrap
 * "pre-employment" after its hyphen (extracted as "pre- employment"). Apply it to both sides.
 */
export const pdfComparable = (text: string): string => normaliseSpace(text).replace(/-\s+/g, '-')

// pdf.js checks typed arrays against its own realm, which jest's VM modules are not: read the PDF in a plain node process
const extractScript = `
import { extractText, getDocumentProxy } from 'unpdf'
const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const pdf = await getDocumentProxy(new Uint8Array(Buffer.concat(chunks)))
const { text } = await extractText(pdf, { mergePages: false })
process.stdout.write(JSON.stringify(text))
`

/** The text of each page of a PDF (read with unpdf), made comparable (`pdfComparable`). */
export const pdfPages = (bytes: ArrayBuffer | Uint8Array): Promise<string[]> =>
  new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--input-type=module', '-e', extractScript],
      { cwd: process.cwd(), env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      (error: Error | null, stdout: string, stderr: string) => {
        if (error) return reject(new Error(`unpdf failed: ${stderr || error.message}`))
        resolve((JSON.parse(stdout) as string[]).map(pdfComparable))
      },
    )
    child.stdin?.end(Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)))
  })
