import type { PersonSeed } from './types.js'

/** Titles exactly as the articles give them. */
export const people: PersonSeed[] = [
  {
    name: 'Anne Milton',
    honorific: 'Rt Hon',
    roleTitle: 'Chair of the Purpose Health Coalition and former Public Health Minister',
    organisation: 'purpose-health-coalition',
  },
  {
    name: 'Elliot Howard-Jones',
    roleTitle: 'Chief Executive for Hertfordshire Community NHS Trust',
    organisation: 'hertfordshire-community-nhs-trust',
  },
  {
    name: 'Justine Greening',
    roleTitle: 'former education secretary',
  },
]
