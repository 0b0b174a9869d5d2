import type { EmailAdapter, SendEmailOptions } from 'payload'

/** A Payload email adapter that keeps what it is asked to send, for assertions; `fail` makes it throw. */
export const captureEmails = () => {
  const sent: SendEmailOptions[] = []
  const control = { fail: false }
  const adapter: EmailAdapter = () => ({
    name: 'test-capture',
    defaultFromAddress: 'cms@impact-cms.test',
    defaultFromName: 'impact-cms',
    sendEmail: async (message) => {
      if (control.fail) throw new Error('SMTP is down')
      sent.push(message)
    },
  })
  return { adapter, sent, control }
}
