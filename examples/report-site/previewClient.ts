/**
 * The preview page's only script, served as `/preview/client.js` (same origin, so the page's CSP needs no
 * 'unsafe-inline'). It speaks Payload's live-preview protocol by hand: tell the admin it is ready, then for each
 * `payload-live-preview` message from the admin's origin send the form values to `POST /preview/render` and show
 * the HTML that comes back (latest answer wins). The admin's origin is in `data-admin-origin` on <html>.
 */
export const previewClientScript = `'use strict'
;(() => {
  const adminOrigin = document.documentElement.dataset.adminOrigin
  const target = document.getElementById('preview')
  const status = document.getElementById('preview-status')
  const parent = window.opener || window.parent
  if (!adminOrigin || !target || !parent || parent === window) return
  let latest = 0
  window.addEventListener('message', async (event) => {
    if (event.origin !== adminOrigin || !event.data || event.data.type !== 'payload-live-preview' || !event.data.data) return
    const sequence = ++latest
    try {
      const response = await fetch('/preview/render', {
        method: 'POST',
        cache: 'no-store',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ collection: event.data.collectionSlug, data: event.data.data }),
      })
      const html = await response.text()
      if (sequence !== latest) return
      target.innerHTML = html
      status.textContent = response.ok ? 'Showing your unsaved changes.' : 'This draft cannot be shown.'
    } catch {
      if (sequence === latest) status.textContent = 'The preview could not be updated.'
    }
  })
  parent.postMessage({ type: 'payload-live-preview', ready: true }, adminOrigin)
})()
`
