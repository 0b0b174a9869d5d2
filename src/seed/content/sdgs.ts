import type { GoalSeed } from './types.js'

/** The 17 UN Sustainable Development Goals by their official short titles. */
export const sdgs: GoalSeed[] = [
  { number: 1, title: 'No poverty' },
  { number: 2, title: 'Zero hunger' },
  { number: 3, title: 'Good health and well-being' },
  { number: 4, title: 'Quality education' },
  { number: 5, title: 'Gender equality' },
  { number: 6, title: 'Clean water and sanitation' },
  { number: 7, title: 'Affordable and clean energy' },
  { number: 8, title: 'Decent work and economic growth' },
  { number: 9, title: 'Industry, innovation and infrastructure' },
  { number: 10, title: 'Reduced inequalities' },
  { number: 11, title: 'Sustainable cities and communities' },
  { number: 12, title: 'Responsible consumption and production' },
  { number: 13, title: 'Climate action' },
  { number: 14, title: 'Life below water' },
  { number: 15, title: 'Life on land' },
  { number: 16, title: 'Peace, justice and strong institutions' },
  { number: 17, title: 'Partnerships for the goals' },
]
