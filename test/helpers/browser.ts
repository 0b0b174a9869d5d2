import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'

/** Debian's Chromium; override with CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const testResultsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-results')

/** Headless Chromium for the admin e2e tests. Throws (never skips) when Chromium is missing. */
export const launchBrowser = async (): Promise<Browser> => {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is not installed at ${chromiumPath}, so the admin e2e test cannot run. ` +
        'Install it with `apt-get update && apt-get install -y chromium`, or set CHROMIUM_PATH.',
    )
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** Runs one step of a journey; on failure saves a full-page screenshot to test-results/<name>.png and rethrows. */
export const withScreenshotOnFailure = async <T>(page: Page, name: string, step: () => Promise<T>): Promise<T> => {
  try {
    return await step()
  } catch (error) {
    mkdirSync(testResultsDir, { recursive: true })
    const file = path.join(testResultsDir, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`)
    await page.screenshot({ path: file, fullPage: true }).catch(() => {})
    if (error instanceof Error) error.message += `\n(screenshot: ${path.relative(process.cwd(), file)}, page: ${page.url()})`
    throw error
  }
}
