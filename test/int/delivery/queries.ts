/** Every field of the assembled report, so GraphQL answers compare equal to the REST body. */
const media = 'id alt url filename mimeType width height'
const organisation = `id name slug type identifiers { scheme value } regions populationServed { value description } website logo { ${media} }`
const richText = 'json html'

export const impactReportQuery = `query ($slug: String!, $draft: Boolean) {
  impactReport(slug: $slug, draft: $draft) {
    report { id title slug period { from to } publicationDate summary sourceUrl status updatedAt
      introduction { ${richText} } journey { ${richText} } analysis { ${richText} } body { ${richText} } }
    organisation { ${organisation} }
    partner { ${organisation} }
    framework { id name edition slug publisher }
    goals { id number title slug summary group colour
      evidence { id title description activityType assurance
        metrics { label value unit valueText baseline target period direction periodStart periodEnd indicator assurance previous change }
        beneficiaries area source { citation url } attachments { ${media} } order status } }
    quotes { id text paragraphs context speaker { name honorific role } speakerApproved signOff { decision at } order status }
    recommendations { id title description priority progress owner dueDate goals { id number title } order status }
    media { coverImage { ${media} } pdf { ${media} } }
    coverage { complete totals { goals covered notApplicable planned notReported unexplained }
      goals { goal { id number title } status coveredBy declaration { status reason reasonSource } evidence { published inProgress } assurance { level count } } }
    alignment { framework { id slug name edition } evidenceCount goals { id number title evidenceCount evidence basis via { number title basis note } } }
    draft
  }
}`
