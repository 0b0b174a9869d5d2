import { buildImpactConfig } from './src/config.js'

export default buildImpactConfig()
