import type { OrganisationSeed } from './types.js'

/** Neither article gives the trusts' codes: they come from the NHS's public register of organisations. */
const odsSource = 'NHS England Organisation Data Service (ODS), the public register of NHS organisation codes'

/** Parents before children: an organisation's parent must exist when it is written. */
export const organisations: OrganisationSeed[] = [
  {
    slug: 'purpose-coalition',
    name: 'Purpose Coalition',
    type: 'coalition',
    description: [
      'The Purpose Coalition developed the Purpose Goals, a framework to allow organisations to measure their ' +
        'activities and identify the gaps where they could provide more support where it is needed.',
    ],
  },
  {
    // Named in the HCT article as Anne Milton's organisation; how it relates to the Purpose Coalition is not stated.
    slug: 'purpose-health-coalition',
    name: 'Purpose Health Coalition',
    type: 'coalition',
  },
  {
    slug: 'hertfordshire-community-nhs-trust',
    name: 'Hertfordshire Community NHS Trust',
    type: 'nhs-trust',
    identifiers: [{ scheme: 'nhs-ods', value: 'RY4', source: odsSource }],
    regions: ['Hertfordshire', 'West Essex', 'East England', 'Bedfordshire', 'Luton', 'Milton Keynes'],
    populationServed: { value: 1_200_000, description: 'more than 1.2 million people' },
    description: [
      'The Trust is an integral part of the health and care system in Hertfordshire, West Essex, and parts of ' +
        'East England. It delivers community-based healthcare services to more than 1.2 million people in ' +
        'Hertfordshire and beyond, extending also to neighbouring areas of Bedfordshire, Luton, and Milton Keynes.',
      'It provides care in people’s homes, care homes, clinics and community hospitals and also runs the Minor ' +
        'Injuries Unit at Herts and Essex hospital in Bishop’s Stortford. It supports people at every stage of ' +
        'their lives, from health visiting, school nursing and specialist dental or speech services to community ' +
        'nursing rehabilitation and palliative care.',
      'Its vision of outstanding services, healthier communities is underpinned by core values of innovation, ' +
        'care, and agility.',
    ],
  },
  {
    slug: 'south-warwickshire-nhs-foundation-trust',
    name: 'South Warwickshire NHS Foundation Trust',
    type: 'nhs-trust',
    identifiers: [{ scheme: 'nhs-ods', value: 'RJC', source: odsSource }],
  },
]
