/** busboy's bound on one part's header block (Node's default header size): beyond it, "Malformed part header". */
export const maxPartHeaderBytes = 16 * 1024

/**
 * Problems in the part headers of a multipart body that Payload's parser would turn into a 500
 * ("Malformed part header"): a missing boundary, a body without parts, control characters (NUL and friends)
 * in a file or field name. Only the headers are scanned; file contents are not looked at.
 */
export const multipartProblem = (body: Buffer, contentType: string): string | undefined => {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  const boundary = match?.[1] ?? match?.[2]
  if (!boundary) return 'The multipart body has no boundary in its Content-Type.'
  if (body.length === 0) return 'The multipart body is empty: it has no parts.'
  const delimiter = Buffer.from(`--${boundary}`)
  let at = body.indexOf(delimiter)
  if (at === -1) return 'The multipart body does not contain its boundary.'
  const firstAt = at
  for (;;) {
    const afterDelimiter = at + delimiter.length
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString('latin1') === '--') {
      return at === firstAt ? 'The multipart body has no parts.' : undefined
    }
    const headersEnd = body.indexOf('\r\n\r\n', afterDelimiter)
    if (headersEnd === -1) return 'The multipart body has a part without headers.'
    if (headersEnd - afterDelimiter > maxPartHeaderBytes) {
      return `A part's headers (file or field name) are longer than ${maxPartHeaderBytes} bytes.`
    }
    // skip the CRLF after the delimiter; inside the headers only CRLF line breaks and tabs are allowed
    const headers = body.subarray(afterDelimiter + 2, headersEnd).toString('latin1').split('\r\n')
    if (headers.some((line) => /[\u0000-\u0008\u000a-\u001f\u007f]/.test(line))) {
      return 'File names and form field names may not contain control characters such as NUL (\\u0000).'
    }
    at = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headersEnd)
    if (at === -1) return 'The multipart body is not closed by its final boundary.'
    at += 2
  }
}
