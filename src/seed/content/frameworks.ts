import { inferred, swftArticle } from './articles.js'
import type { FrameworkSeed } from './types.js'

/** Framework editions, in the order they must be written (a revision after the edition it revises). */
export const frameworks: FrameworkSeed[] = [
  {
    slug: 'un-sdgs',
    name: 'UN Sustainable Development Goals',
    edition: '2015',
    publisher: 'United Nations',
    status: 'active',
    provenance: {
      source:
        'United Nations General Assembly resolution A/RES/70/1, “Transforming our world: the 2030 Agenda for ' +
        'Sustainable Development” (25 September 2015)',
      basis: 'stated',
      note: 'Not in the reference articles; goal titles are the UN’s short titles.',
    },
  },
  {
    slug: 'purpose-goals-2021',
    name: 'Purpose Goals',
    edition: '2021',
    publisher: 'Purpose Coalition',
    status: 'retired',
    description:
      'The UK’s first levelling up framework, designed to guide efforts on the drive for equality, launched by ' +
      'former education secretary Justine Greening and ' +
      'developed by the Purpose Coalition to allow organisations to measure their activities and identify the ' +
      'gaps where they could provide more support where it is needed. Its 14 Purpose Goals are “intended to guide ' +
      'how the urgent ambition to level up the UK can actually be achieved”, by “[focusing] on key life stages and ' +
      '[highlighting] the main issues that need to be resolved in order to create a level playing field for all.” ' +
      'They cover key life stages, from early years to positive destinations post-16+ as well as the barriers ' +
      'that can prevent people from accessing opportunity, such as the digital divide and infrastructure.',
    provenance: inferred(
      swftArticle,
      'The name, the 14 goals, the publisher and the launch are stated in both articles (see asWritten); the ' +
        'edition year 2021 is inferred from “Last year” in the undated South Warwickshire article.',
      'Last year, former education secretary Justine Greening launched the Purpose Goals, the UK’s first levelling ' +
        'up framework, designed to guide efforts on the drive for equality.',
    ),
  },
  {
    slug: 'purpose-goals-current',
    name: 'Purpose Goals',
    edition: 'Current',
    publisher: 'Purpose Coalition',
    status: 'active',
    previousEdition: 'purpose-goals-2021',
    description:
      'The current edition of the Purpose Goals: 15 goals. Goal 10 becomes “Closing the digital and AI divide” ' +
      'and Goal 15 “Working in Partnership” is added.',
    provenance: {
      source: 'The Purpose Coalition’s published list of the Purpose Goals',
      basis: 'inferred',
      note:
        'Not in the reference articles, which describe “a framework of 14 Purpose Goals” only. Check the goal ' +
        'titles against the coalition’s current list before relying on them.',
    },
  },
]
