import { postgresSuite } from '../helpers/postgresSuite.js'

postgresSuite(false)
