import { hctArticle, inferred } from '../articles.js'
import type { ProvenanceSeed, ReportSeed } from '../types.js'

const noGoalNamed = (goal: string): ProvenanceSeed =>
  inferred(hctArticle, `The article names no goal for this activity; ${goal} is the seed’s reading.`)

const framedAsGoodHealth = inferred(
  hctArticle,
  'The article names no goal; its next sentence (“It also extends its commitment to good health and wellbeing to its ' +
    'staff”) frames this care as good health and wellbeing; goal 8 is the seed’s reading.',
)

/**
 * Hertfordshire Community NHS Trust's Levelling Up Impact Report, from the news article announcing it
 * (docs/reference/hertfordshire-community-impact-report-news.txt). The article gives no dates and no figures for the activities it lists.
 */
export const hctReport: ReportSeed = {
  slug: 'hertfordshire-community-nhs-trust-levelling-up-impact-report',
  title: 'Levelling Up Impact Report',
  organisation: 'hertfordshire-community-nhs-trust',
  partner: 'purpose-coalition',
  framework: 'purpose-goals-2021',
  summary:
    'Hertfordshire Community NHS Trust’s Levelling Up Impact Report, in partnership with the Purpose Coalition, ' +
    'assesses where the Trust is delivering a positive social impact against the 14 Purpose Goals and identifies ' +
    'where it can go even further.',
  introduction: [
    'The Trust is an integral part of the health and care system in Hertfordshire, West Essex, and parts of ' +
      'East England. It delivers community-based healthcare services to more than 1.2 million people in ' +
      'Hertfordshire and beyond, extending also to neighbouring areas of Bedfordshire, Luton, and Milton Keynes. ' +
      'It provides care in people’s homes, care homes, clinics and community hospitals and also runs the Minor ' +
      'Injuries Unit at Herts and Essex hospital in Bishop’s Stortford.',
    'It supports people at every stage of their lives, from health visiting, school nursing and specialist dental ' +
      'or speech services to community nursing rehabilitation and palliative care. Its vision of outstanding ' +
      'services, healthier communities is underpinned by core values of innovation, care, and agility.',
  ],
  analysis: [
    'The Impact Report highlights the areas where Hertfordshire Community NHS Trust is delivering significant ' +
      'social impact against a framework of 14 Purpose Goals, developed by the Purpose Coalition to allow ' +
      'organisations to measure their activities and identify the gaps where they could provide more support ' +
      'where it is needed.',
    'The report demonstrates that the Trust is already making a difference across many of the Goals, working in ' +
      'local specialist partnerships to deliver tangible results.',
    'The report also makes a number of recommendations where the Trust can build on its existing achievements.',
  ],
  quotes: [
    {
      person: 'Anne Milton',
      // words she gave the article announcing the report: a press statement, not the report's foreword
      context: 'statement',
      provenance: {
        ...hctArticle,
        asWritten: 'Chair of the Purpose Health Coalition and former Public Health Minister, Rt Hon Anne Milton, said:',
        basis: 'stated',
        note: 'A press statement in the article announcing the report.',
      },
      paragraphs: [
        'Over the last few years we have seen repeatedly how our most disadvantaged communities are experiencing the impact of worsening health inequality – whether that is in the context of life expectancy, dementia or cancer rates and poor maternal outcomes. The NHS and its staff are in the front line when it comes to addressing the challenges of the current socio-economic and healthcare climate, exacerbated by the pandemic and now by the cost-of-living crisis. Their role has never been more crucial.',
        'At the heart of its local communities, Hertfordshire Community NHS Trust has a pivotal role to play in spreading, equalising, and supporting opportunity for everyone. This report shows how it is already making a measurable social impact on those communities, as well as on its patients and its staff. Its local partnerships and the way it tailors its work to support those most in need is actively helping to address health inequality in the region. It is also working hard to attract and retain the talent that the NHS needs to meet the recruitment challenges it is currently facing. By extending this work, and targeting it effectively, it can make a valuable contribution to levelling up in the areas it serves.',
      ],
    },
    {
      person: 'Elliot Howard-Jones',
      context: 'statement',
      provenance: {
        ...hctArticle,
        asWritten: 'Chief Executive for Hertfordshire Community NHS Trust Elliot Howard-Jones said:',
        basis: 'stated',
        note: 'A press statement in the article announcing the report.',
      },
      paragraphs: [
        'As a Trust HCT is committed to support healthier communities through the services and care we provide and the joined-up care we develop in partnership with others to improve outcomes for our patients. The Purpose Goals provide a helpful framework to help us focus our work to understand, benchmark and assess the social impact potential we can make as an anchor institution within the communities we serve and help address wider factors of health and inequality.',
        'We will build on our current work harnessing new and innovative technologies to deliver our community services to support alternative models of care which where possible allow people to be treated at home. We will continue to target families living in poverty - we have already worked with Hertfordshire County Council to provide additional dental services in areas of deprivation and supported sessions for homeless people across Hertfordshire. And through our Green Plan we have identified opportunities across all areas of the Trust to become more environmentally sustainable over the next three years. We are also developing our delivery plan for the next year, to push ourselves and work with our partners to find and include ways in which we can further add social value and impact contributions over the coming year.',
      ],
    },
  ],
  evidence: [
    {
      title: 'Schools outreach on NHS career pathways',
      provenance: noGoalNamed('goal 4, Right advice and experiences,'),
      goal: 4,
      activityType: 'partnership',
      description: 'Outreach with local schools to promote career pathways in the NHS, as part of the Trust’s local specialist partnerships.',
      citation:
        'The report demonstrates that the Trust is already making a difference across many of the Goals, working in ' +
        'local specialist partnerships to deliver tangible results. These include its outreach with local schools to ' +
        'promote career pathways in the NHS',
    },
    {
      title: 'Support for vulnerable children',
      provenance: noGoalNamed('goal 1, Strong foundations in Early Years,'),
      goal: 1,
      activityType: 'partnership',
      description: 'Work to support vulnerable children, as part of the Trust’s local specialist partnerships.',
      beneficiaries: 'vulnerable children',
      citation: 'These include its outreach with local schools to promote career pathways in the NHS, as well as its work to support vulnerable children.',
    },
    {
      title: 'Pulmonary Rehabilitation Service',
      provenance: framedAsGoodHealth,
      goal: 8,
      activityType: 'service',
      description:
        'Personalised healthcare for communities who have acute needs and are most at risk from the impact of health inequalities.',
      beneficiaries: 'communities who have acute needs and are most at risk from the impact of health inequalities',
      citation:
        'It has made it a priority to provide personalised healthcare for those communities who have acute needs and ' +
        'are most at risk from the impact of health inequalities, as evidenced in its Pulmonary Rehabilitation Service ' +
        'and its Special Care Dental Service.',
    },
    {
      title: 'Special Care Dental Service',
      provenance: framedAsGoodHealth,
      goal: 8,
      activityType: 'service',
      description:
        'Personalised healthcare for communities who have acute needs and are most at risk from the impact of health inequalities.',
      beneficiaries: 'communities who have acute needs and are most at risk from the impact of health inequalities',
      citation:
        'It has made it a priority to provide personalised healthcare for those communities who have acute needs and ' +
        'are most at risk from the impact of health inequalities, as evidenced in its Pulmonary Rehabilitation Service ' +
        'and its Special Care Dental Service.',
    },
    {
      title: 'Cost-of-living support and financial education for staff',
      provenance: inferred(
        hctArticle,
        'The article frames this under good health and wellbeing (goal 8); goal 7, Personal financial security, is the seed’s reading.',
        'It also extends its commitment to good health and wellbeing to its staff, including supporting its staff with the cost of living as well as with financial education.',
      ),
      goal: 7,
      description: 'Supporting staff with the cost of living as well as with financial education.',
      beneficiaries: 'staff',
      citation:
        'It also extends its commitment to good health and wellbeing to its staff, including supporting its staff with ' +
        'the cost of living as well as with financial education.',
    },
    {
      title: 'Green Plan pathway to net zero',
      provenance: noGoalNamed('goal 13, Harness the energy transition,'),
      goal: 13,
      activityType: 'policy',
      description:
        'The Green Plan sets out the Trust’s pathway to net zero, using its local footprint to introduce sustainable ' +
        'changes in a range of areas, and identifies opportunities across all areas of the Trust to become more ' +
        'environmentally sustainable over the next three years.',
      citation:
        'Its Green Plan sets out its pathway to net zero, using its local footprint to introduce sustainable changes in ' +
        'a range of areas. / “And through our Green Plan we have identified opportunities across all areas of the Trust ' +
        'to become more environmentally sustainable over the next three years.” (Elliot Howard-Jones)',
    },
    {
      title: 'Innovative technologies for care at home',
      provenance: noGoalNamed('goal 8, Good health and wellbeing,'),
      goal: 8,
      description:
        'Harnessing new and innovative technologies to deliver community services and support alternative models of ' +
        'care which, where possible, allow people to be treated at home.',
      citation:
        '“We will build on our current work harnessing new and innovative technologies to deliver our community ' +
        'services to support alternative models of care which where possible allow people to be treated at home.” ' +
        '(Elliot Howard-Jones)',
    },
    {
      title: 'Additional dental services in areas of deprivation',
      provenance: noGoalNamed('goal 8, Good health and wellbeing,'),
      goal: 8,
      activityType: 'partnership',
      description:
        'Working with Hertfordshire County Council to provide additional dental services in areas of deprivation, ' +
        'targeting families living in poverty.',
      beneficiaries: 'families living in poverty',
      citation:
        '“We will continue to target families living in poverty - we have already worked with Hertfordshire County ' +
        'Council to provide additional dental services in areas of deprivation” (Elliot Howard-Jones)',
    },
    {
      title: 'Supported sessions for homeless people',
      provenance: noGoalNamed('goal 8, Good health and wellbeing,'),
      goal: 8,
      description: 'Supported sessions for homeless people across Hertfordshire.',
      beneficiaries: 'homeless people',
      area: 'Hertfordshire',
      citation:
        '“We will continue to target families living in poverty - we have already worked with Hertfordshire County ' +
        'Council to provide additional dental services in areas of deprivation and supported sessions for homeless ' +
        'people across Hertfordshire.” (Elliot Howard-Jones)',
    },
  ],
  recommendations: [
    {
      title: 'Extend outreach to more deprived areas',
      description: 'Build on its existing achievements by extending its outreach to more deprived areas.',
    },
    {
      title: 'Expand pre-employment support',
      description: 'Build on its existing achievements by expanding its pre-employment support.',
      goals: [5],
    },
    {
      title: 'Attract more underrepresented groups',
      description: 'Build on its existing achievements by ensuring that it attracts more underrepresented groups.',
      goals: [5, 14],
    },
    {
      title: 'Embed social value further, particularly in procurement',
      description: 'Further embed social value in its work, particularly in areas like procurement.',
    },
  ],
}
