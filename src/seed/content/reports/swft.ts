import { inferred, stated, swftArticle } from '../articles.js'
import type { ReportSeed } from '../types.js'

const underGoodHealth = stated(
  swftArticle,
  'Under the goal of “good health and wellbeing”, the trust lays out some of their measurable impacts including two with a digital focus.',
)
const underDigitalDivide = (note?: string) =>
  stated(swftArticle, 'The “closing the digital divide” goal sets out the majority of the trust’s work on digital transformation.', note)
const laterInDigitalDivide = 'Listed after that sentence, in the article’s account of the same goal.'

/**
 * South Warwickshire NHS Foundation Trust's Impact Report, from the news article about it. The article
 * names no partner, gives no dates and states no figures; quoted words are the report's own.
 */
export const swftReport: ReportSeed = {
  slug: 'south-warwickshire-nhs-foundation-trust-impact-report',
  title: 'Impact Report',
  organisation: 'south-warwickshire-nhs-foundation-trust',
  framework: 'purpose-goals-2021',
  summary:
    'South Warwickshire NHS Foundation Trust is the first UK organisation to publish an Impact Report sharing its ' +
    'social impact against the measures outlined in the Purpose Goals, the UK’s first levelling up framework.',
  introduction: [
    'The trust’s digital transformation has been accelerated through the coronavirus pandemic, with digital ways of ' +
      'working and large-scale initiatives, including a new patient portal, embedded as part of an extensive drive ' +
      'to future-proof its operations and delivery of services.',
  ],
  analysis: [
    'Under the goal of “good health and wellbeing”, the trust lays out some of their measurable impacts including two ' +
      'with a digital focus.',
    'The “closing the digital divide” goal sets out the majority of the trust’s work on digital transformation.',
  ],
  quotes: [],
  evidence: [
    {
      title: 'New patient portal',
      provenance: inferred(
        swftArticle,
        'The article mentions it before any goal (“To begin, the report notes how …”); goal 10, Closing the digital divide, is the seed’s reading.',
      ),
      goal: 10,
      description:
        'Digital ways of working and large-scale initiatives, including a new patient portal, embedded as part of an ' +
        'extensive drive to future-proof the trust’s operations and delivery of services.',
      citation:
        '“the trust’s digital transformation has been accelerated through the coronavirus pandemic, with digital ways ' +
        'of working and large-scale initiatives, including a new patient portal, embedded as part of an extensive ' +
        'drive to future-proof its operations and delivery of services.”',
    },
    {
      title: 'Video and interactive content to support mental health',
      provenance: underGoodHealth,
      goal: 8,
      description: 'Video and interactive content is utilised to support mental health.',
      citation: 'Video and interactive content is utilised to support mental health',
    },
    {
      title: 'Health and wellbeing promoted on social media',
      provenance: underGoodHealth,
      goal: 8,
      description: 'Health and wellbeing is promoted on the trust’s social media pages.',
      citation: 'health and wellbeing is promoted on the trust’s social media pages.',
    },
    {
      title: 'Digital single point of access',
      provenance: underGoodHealth,
      goal: 8,
      description: 'A digital single point of access for collaboration between community, hospital services and social settings.',
      citation:
        '“Digital single point of access has been introduced for collaboration between community, hospital services ' +
        'and social settings.”',
    },
    {
      title: 'Programmes and policies to boost digital skills and confidence',
      provenance: underDigitalDivide(),
      goal: 10,
      activityType: 'programme',
      description: 'The trust runs a number of programmes and policies designed to boost digital skills and confidence.',
      citation: '“The trust runs a number of programmes and policies designed to boost digital skills and confidence,”',
    },
    {
      title: 'Improving internet connectivity and accessibility',
      provenance: underDigitalDivide(),
      goal: 10,
      description: 'Work to improve internet connectivity and accessibility across the trust’s network.',
      citation: '“and works to improve internet connectivity and accessibility across its network.”',
    },
    {
      title: 'Staff support with digital tools',
      provenance: underDigitalDivide(laterInDigitalDivide),
      goal: 10,
      description:
        'Staff are offered support in accessing electronic patient records and video conferencing software, as well as ' +
        'basic IT tools such as Excel.',
      beneficiaries: 'staff',
      citation:
        'staff are offered support in accessing electronic patient records and video conferencing software, as well as ' +
        'basic IT tools such as Excel.',
    },
    {
      title: 'Correct equipment for patients',
      provenance: underDigitalDivide(laterInDigitalDivide),
      goal: 10,
      description:
        'Aware of the issues around digital poverty, the trust provides patients with the correct equipment where ' +
        'technology is needed for certain services.',
      beneficiaries: 'patients',
      citation:
        '“The trust is aware of the issues around digital poverty and where technology is needed for certain ' +
        'services, patients are provided with the correct equipment,”',
    },
    {
      title: 'Tablets for vulnerable patients from charitable funds',
      provenance: underDigitalDivide(laterInDigitalDivide),
      goal: 10,
      description:
        'Charitable funds applied to provide tablets to vulnerable patients, enabling them to complete training on ' +
        'parenting and access video calls with professionals.',
      beneficiaries: 'vulnerable patients',
      citation:
        '“the trust has applied charitable funds to support vulnerable patients in the provision of tablets to enable ' +
        'them to complete training on parenting, and access video calls with professionals.”',
    },
  ],
  recommendations: [],
}
