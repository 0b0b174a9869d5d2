import { describe, expect, test } from '@jest/globals'
import nodemailer from 'nodemailer'
import type { Payload } from 'payload'
import { emailFromEnv, smtpAdapter } from '../../src/email/smtpAdapter.js'

describe('SMTP email adapter', () => {
  test('sends through the nodemailer transport with the default sender', async () => {
    const adapter = smtpAdapter({
      transport: nodemailer.createTransport({ jsonTransport: true }),
      fromAddress: 'cms@example.org',
      fromName: 'Impact CMS',
    })({ payload: {} as Payload })
    const sent = (await adapter.sendEmail({ to: 'reviewer@example.org', subject: 'Please review', text: 'Body' })) as { message: string }
    expect(JSON.parse(sent.message)).toMatchObject({
      from: { address: 'cms@example.org', name: 'Impact CMS' },
      to: [{ address: 'reviewer@example.org' }],
      subject: 'Please review',
      text: 'Body',
    })
  })

  test('is chosen only when SMTP_URL is set', () => {
    expect(emailFromEnv({})).toBeUndefined()
    const adapter = emailFromEnv({ SMTP_URL: 'smtp://127.0.0.1:2525', EMAIL_FROM_ADDRESS: 'a@b.org' })
    expect(adapter?.({ payload: {} as Payload })).toMatchObject({ name: 'smtp', defaultFromAddress: 'a@b.org' })
  })
})
