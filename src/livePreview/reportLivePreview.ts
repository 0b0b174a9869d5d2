import type { LivePreviewConfig } from 'payload'

/**
 * The site that renders a report's draft as the editor types (examples/report-site by default), from
 * `LIVE_PREVIEW_URL`, e.g. `http://127.0.0.1:4000`. Unset or not an http(s) URL: no live preview.
 */
export const livePreviewOrigin = (value = process.env.LIVE_PREVIEW_URL): URL | null => {
  if (!value) return null
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null
  } catch {
    return null
  }
}

/** Where the admin frames the preview of one report: `<LIVE_PREVIEW_URL>/preview/reports/<id>`; null without a site. */
export const reportPreviewUrl = (id: unknown, site = livePreviewOrigin()): string | null =>
  site ? `${site.href.replace(/\/$/, '')}/preview/reports/${encodeURIComponent(String(id ?? 'new'))}` : null

/**
 * Payload live preview for reports: the admin frames the site's preview page and posts the form's values to it
 * on every change (the site renders what it is sent and keeps none of it). The variable is read when the edit
 * view opens, so without LIVE_PREVIEW_URL the admin shows no live preview button.
 */
export const reportLivePreview = (): LivePreviewConfig => ({
  url: ({ data }) => reportPreviewUrl(data?.id),
  breakpoints: [
    { label: 'Mobile', name: 'mobile', width: 375, height: 667 },
    { label: 'Desktop', name: 'desktop', width: 1280, height: 800 },
  ],
})
