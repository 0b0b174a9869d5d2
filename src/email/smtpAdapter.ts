import nodemailer, { type Transporter } from 'nodemailer'
import type { EmailAdapter } from 'payload'

export type SmtpAdapterOptions = {
  /** e.g. smtps://user:pass@smtp.example.org:465, or a nodemailer transport for tests. */
  transport: string | Transporter
  fromAddress: string
  fromName: string
}

/**
 * Payload email over SMTP with nodemailer. Written here because the registry has no
 * @payloadcms/email-nodemailer at Payload's exact version; it follows the same adapter contract.
 */
export const smtpAdapter =
  (options: SmtpAdapterOptions): EmailAdapter =>
  () => {
    const transporter = typeof options.transport === 'string' ? nodemailer.createTransport(options.transport) : options.transport
    return {
      name: 'smtp',
      defaultFromAddress: options.fromAddress,
      defaultFromName: options.fromName,
      sendEmail: async (message) =>
        transporter.sendMail({ ...message, from: message.from ?? `"${options.fromName}" <${options.fromAddress}>` }),
    }
  }

/** SMTP when SMTP_URL is set; otherwise Payload's default, which writes emails to the console. */
export const emailFromEnv = (env: Record<string, string | undefined> = process.env): EmailAdapter | undefined =>
  env.SMTP_URL
    ? smtpAdapter({
        transport: env.SMTP_URL,
        fromAddress: env.EMAIL_FROM_ADDRESS ?? 'no-reply@impact-cms.local',
        fromName: env.EMAIL_FROM_NAME ?? 'impact-cms',
      })
    : undefined
