import fc from 'fast-check'

/**
 * Generators of hostile input for the fuzz suite (test/security/fuzz.test.ts). JSON is built as text from a
 * tree of entries, not with JSON.stringify of objects: `{"__proto__": …}` must reach the server as a real key,
 * and assigning `__proto__` on a JavaScript object would change its prototype instead.
 */

export type JsonTree = null | boolean | number | string | JsonTree[] | { entries: [string, JsonTree][] }

export const toJson = (tree: JsonTree): string => {
  if (Array.isArray(tree)) return `[${tree.map(toJson).join(',')}]`
  if (tree !== null && typeof tree === 'object') return `{${tree.entries.map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(',')}}`
  return JSON.stringify(tree) ?? 'null'
}

const prototypeKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf']
const operators = [
  'equals', 'not_equals', 'in', 'not_in', 'all', 'like', 'not_like', 'contains', 'exists', 'greater_than',
  'greater_than_equal', 'less_than', 'less_than_equal', 'near', 'within', 'intersects', '$where', '$gt', '$regex',
]
/** Field names of the content collections, system fields and relationship paths into other collections. */
const fieldNames = [
  'id', 'title', 'slug', 'summary', 'text', 'name', 'email', 'role', 'organisation', 'organisations', 'report', 'goal',
  'framework', 'metrics', 'metrics.value', 'metrics.label', 'assurance', 'speakerName', 'status',
  'body', 'introduction', '_status', 'createdAt', 'updatedAt', 'workflow', 'workflow.stage', 'workflow.submittedBy',
  'workflow.submittedBy.email', 'workflow.approvedBy.role', 'organisation.name', 'report.title', 'goal.framework.name',
  'hash', 'salt', 'password', 'resetPasswordToken', 'apiKey', 'sessions', 'filename', 'url', 'alt',
]

const specialStrings = [
  '', ' ', '\u0000', 'a\u0000b', '\uD800', '\uFFFF', '\u202Eevil', '𝕳𝖊𝖑𝖑𝖔', '👩‍👩‍👧‍👦', 'null', 'undefined', 'NaN', '1e20',
  '-1', '0x10', '[]', '{}', '<script>alert(1)</script>', 'javascript:alert(1)', "' OR 1=1 --", '"; DROP TABLE reports; --',
  '%00', '../../etc/passwd', '2001-01-01T00:00:00.000Z', 'Title\u0000with NUL', '${7*7}', '{{7*7}}', 'published', 'draft', 'approved', ...prototypeKeys,
]

export const nastyString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...specialStrings) },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 200_000 }).map((n) => 'x'.repeat(n)) },
  )

const nastyNumber = (): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0, -0, -1, 1e20, -1e20, 1e308, 2 ** 53 + 1, 0.1, 100_000),
  )

const scalar = (): fc.Arbitrary<JsonTree> => fc.oneof(nastyString(), nastyNumber(), fc.boolean(), fc.constant(null))

export const fuzzKey = (): fc.Arbitrary<string> =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...fieldNames, ...prototypeKeys) }, { weight: 1, arbitrary: nastyString() })

/** Any JSON value, biased to objects with prototype keys, field names and operator objects. */
export const jsonTree = (): fc.Arbitrary<JsonTree> =>
  fc.letrec<{ value: JsonTree }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 4, arbitrary: scalar() },
      { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
      {
        weight: 2,
        arbitrary: fc.array(fc.tuple(fc.oneof(fuzzKey(), fc.constantFrom(...operators)), tie('value')), { maxLength: 4 }).map((entries) => ({ entries })),
      },
    ),
  })).value

/** Entries a careless or hostile client adds to an otherwise valid document: system fields, NUL, self-publishing. */
const tamperEntry = (): fc.Arbitrary<[string, JsonTree]> =>
  fc.constantFrom<[string, JsonTree]>(
    ['createdAt', '2001-01-01T00:00:00.000Z'],
    ['updatedAt', '2001-01-01T00:00:00.000Z'],
    ['title', 'Title\u0000with NUL'],
    ['text', 'Words\u0000after NUL'],
    ['name', 'Name\u0000after NUL'],
    ['_status', 'published'],
    ['id', '00000000-0000-4000-8000-000000000000'],
    ['workflow', { entries: [['stage', 'approved']] }],
    ['__proto__', { entries: [['role', 'admin']] }],
    ['constructor', { entries: [['prototype', { entries: [['role', 'admin']] }]] }],
  )

/** A plausible document of `collection` with random keys overridden or added: gets past the first checks. */
export const documentBody = (base: Record<string, JsonTree>): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.oneof(fc.constant(Object.keys(base)), fc.subarray(Object.keys(base))),
      fc.array(fc.oneof(tamperEntry(), fc.tuple(fuzzKey(), fc.oneof(jsonTree(), nastyString()))), { maxLength: 3 }),
    )
    .map(([kept, extra]) => toJson({ entries: [...kept.map((k): [string, JsonTree] => [k, base[k]]), ...extra] }))

/** `where[...]` parameters: a random tree of and/or over field paths and operators, plus raw oddities. */
const whereParams = (): fc.Arbitrary<string[]> => {
  const leaf = fc
    .tuple(fc.constantFrom(...fieldNames, ...prototypeKeys), fc.constantFrom(...operators), fc.oneof(nastyString(), fc.constantFrom('true', 'false', '1', '[]')), fc.boolean())
    .map(([field, operator, value, asArray]) => [`[${field}][${operator}]${asArray ? '[0]' : ''}=${percentEncode(value)}`])
  const tree = fc.letrec<{ node: string[] }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      { weight: 3, arbitrary: leaf },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom('and', 'or', 'AND', '__proto__'), fc.array(tie('node'), { minLength: 1, maxLength: 3 }))
          .map(([join, children]) => children.flatMap((params, i) => params.map((p) => `[${join}][${i}]${p}`))),
      },
    ),
  })).node
  return tree.map((params) => params.map((p) => `where${p}`))
}

/** Percent-encodes the UTF-8 bytes of any string, lone surrogates included (encodeURIComponent throws on them). */
export const percentEncode = (value: string): string =>
  Array.from(Buffer.from(value, 'utf8'), (byte) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('')

const paramValue = (): fc.Arbitrary<string> =>
  fc.oneof(fc.constantFrom('-1', '0', '1', '1e20', '100000', '1.5', 'abc', 'true', 'false', '', '[]', 'null'), nastyString())

/** A random query string over Payload's REST parameters. */
export const queryString = (): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.option(whereParams(), { nil: undefined }),
      fc.subarray(['limit', 'page', 'depth', 'sort', 'draft', 'pagination', 'select[title]', 'populate', 'joins', 'locale', 'trash', 'where']),
      fc.array(paramValue(), { minLength: 12, maxLength: 12 }),
      fc.constantFrom('', 'sort=-createdAt', 'sort=__proto__', 'sort=workflow.submittedBy.email'),
    )
    .map(([where, names, values, extra]) =>
      [...(where ?? []), ...names.map((name, i) => `${name}=${percentEncode(values[i])}`), extra].filter(Boolean).join('&'),
    )

/** GraphQL documents from a small grammar over the real schema, with hostile arguments and raw garbage. */
export const graphqlRequest = (ids: { reportId: string; evidenceId: string }): fc.Arbitrary<string> => {
  const listRoot = fc.constantFrom('Reports', 'EvidenceItems', 'Quotes', 'Recommendations', 'Users', 'WorkflowEvents', 'Organisations', 'allMedia', 'PayloadJobs', 'PayloadPreferences')
  const gqlValue = fc.oneof(
    nastyString().map((s) => JSON.stringify(s)),
    nastyNumber().map(String),
    fc.constantFrom('true', 'null', '[]', '{}', `"${ids.reportId}"`, '{ equals: "x" }', '{ __proto__: { equals: 1 } }'),
  )
  const where = fc
    .tuple(fc.constantFrom('title', 'id', 'email', '_status', 'organisation', 'createdAt', 'AND', 'OR'), fc.constantFrom(...operators.filter((o) => /^[a-z_]+$/.test(o))), gqlValue)
    .map(([field, operator, value]) => (field === 'AND' || field === 'OR' ? `{ ${field}: [{ id: { ${operator}: ${value} } }] }` : `{ ${field}: { ${operator}: ${value} } }`))
  const listQuery = fc
    .tuple(listRoot, where, fc.option(nastyNumber(), { nil: undefined }), fc.boolean(), fc.oneof({ weight: 9, arbitrary: fc.nat({ max: 30 }) }, { weight: 1, arbitrary: fc.constant(150) }))
    .map(([root, w, limit, draft, aliases]) => {
      const selection = `${root}(where: ${w}${limit === undefined ? '' : `, limit: ${Math.trunc(limit)}`}, draft: ${draft}) { totalDocs docs { id } }`
      return `query { ${Array.from({ length: aliases + 1 }, (_, i) => `a${i}: ${selection}`).join(' ')} }`
    })
  const mutation = fc
    .tuple(fc.constantFrom('createEvidence', 'createReport', 'updateEvidence', 'updateReport', 'createUser', 'updateUser', 'createWorkflowEvent'), fc.array(fc.tuple(fc.constantFrom('title', 'report', 'goal', '_status', 'createdAt', 'role', 'email', 'workflow', 'text'), gqlValue), { maxLength: 4 }))
    .map(([name, fields]) => {
      const data = `{ ${fields.map(([k, v]) => `${k}: ${v}`).join(', ')} }`
      const id = name.startsWith('update') ? `id: "${name.endsWith('Evidence') ? ids.evidenceId : ids.reportId}", ` : ''
      return `mutation { ${name}(${id}data: ${data}) { id } }`
    })
  const transition = fc
    .tuple(fc.constantFrom('reports', 'evidence', 'constructor', '__proto__'), fc.constantFrom('submit', 'publish', 'approve', 'constructor', '__proto__', 'toString', 'request_changes'))
    .map(([collection, name]) => `mutation { workflowTransition(collection: ${collection}, id: "${ids.evidenceId}", transition: ${name}) { state { stage } } }`)
  // each level spreads the next twice: 2^depth fields once expanded (20 levels blocked the unguarded server for seconds)
  const fragments = fc
    .constantFrom(1, 3, 6, 12, 20)
    .map((depth) =>
      [`query { Reports { docs { ...F0 } } }`, ...Array.from({ length: depth }, (_, i) => `fragment F${i} on Report { id ...F${i + 1} ...F${i + 1} }`), `fragment F${depth} on Report { id }`].join('\n'),
    )
  const garbage = fc.oneof(nastyString(), fc.constantFrom('{', 'query {', 'fragment A on Report { ...A } query { Reports { docs { ...A } } }', 'subscription { x }', '{ __schema { types { name } } }'))
  const document = fc.oneof(listQuery, mutation, transition, fragments, garbage)
  return fc
    .tuple(document, fc.option(jsonTree(), { nil: undefined }), fc.option(nastyString(), { nil: undefined }))
    .map(([query, variables, operationName]) =>
      toJson({ entries: [['query', query], ...(variables === undefined ? [] : [['variables', variables] as [string, JsonTree]]), ...(operationName === undefined ? [] : [['operationName', operationName] as [string, JsonTree]])] }),
    )
}

/** Bodies that are not what the content type says, or no JSON object at all. */
export const malformedBody = (): fc.Arbitrary<{ contentType: string | undefined; body: string }> =>
  fc.record({
    contentType: fc.constantFrom(
      'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=zzz',
      'multipart/form-data', 'application/xml', 'application/json; charset=utf-16', undefined,
    ),
    body: fc.oneof(
      fc.constantFrom('null', '[]', '"text"', '42', 'true', '{', '{"a":}', '\uFEFF{"title":"bom"}', '{"title":"x"', 'title=x&_status=published', '--zzz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"title":1}\r\n--zzz--', '{"_payload":"{\\"__proto__\\":1}"}', '[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]', '\u0000', '{"title":"plain text JSON"}'),
      fc.nat({ max: 20_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
      nastyString(),
    ),
  })
