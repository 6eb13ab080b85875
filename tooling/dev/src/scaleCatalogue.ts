/**
 * Grows a seeded SQLite catalogue to a given number of published Angebote for the scale bench, in
 * seconds: every published Angebot is cloned row by row inside SQLite (INSERT … SELECT over the
 * collection's tables and the latest version's), instead of creating thousands of documents
 * through Payload one by one (minutes). Clone k of „kindergeld“ is „kindergeld-kopie-k“, titled
 * „Kindergeld (Kopie k)“; it claims no benefit (one published Angebot per benefit) and keeps its
 * contacts, Handlungsfelder, rules and Testfamilien. The tables are found from the schema itself
 * (foreign keys), so a new array or localized field is cloned without a change here.
 */
import type { Client } from '@libsql/client'

const root = 'angebote'
/** Marks a clone's slug; the originals are the published Angebote without it. */
const cloneMarker = '-kopie-'
const versions = '_angebote_v'

type Column = { name: string; type: string; pk: boolean }
type ForeignKey = { from: string; table: string; to: string }
type Table = { name: string; columns: Column[]; foreignKeys: ForeignKey[] }

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

async function readTables(db: Client): Promise<Map<string, Table>> {
  const names = (
    await db.execute(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND (name = '${root}' OR name LIKE '${root}\\_%' ESCAPE '\\' OR name = '${versions}' OR name LIKE '${versions}\\_%' ESCAPE '\\')`,
    )
  ).rows.map((row) => String(row.name))
  const tables = new Map<string, Table>()
  for (const name of names) {
    const columns = (await db.execute(`PRAGMA table_info(${quote(name)})`)).rows.map((row) => ({
      name: String(row.name),
      type: String(row.type).toUpperCase(),
      pk: Number(row.pk) > 0,
    }))
    const foreignKeys = (await db.execute(`PRAGMA foreign_key_list(${quote(name)})`)).rows.map((row) => ({
      from: String(row.from),
      table: String(row.table),
      to: String(row.to),
    }))
    tables.set(name, { name, columns, foreignKeys })
  }
  return tables
}

/** The foreign key that makes a table a part of its parent document (the one into the family). */
function parentKey(table: Table, tables: Map<string, Table>): ForeignKey | undefined {
  return table.foreignKeys.find((key) => tables.has(key.table) && key.table !== table.name)
}

/**
 * Clones the published Angebote until `count` are published. Returns how many were added. The
 * database must have been migrated and seeded; the CMS may be running (SQLite waits for it).
 */
export async function growCatalogue(db: Client, count: number): Promise<number> {
  const tables = await readTables(db)
  if (!tables.has(root)) throw new Error(`No table ${root}: migrate and seed the database first`)
  const published = Number((await db.execute(`SELECT count(*) AS n FROM ${root} WHERE _status = 'published'`)).rows[0]!.n)
  const wanted = count - published
  if (wanted <= 0) return 0
  const originals = Number(
    (await db.execute(`SELECT count(*) AS n FROM ${root} WHERE _status = 'published' AND slug NOT LIKE '%${cloneMarker}%'`)).rows[0]!.n,
  )
  if (originals === 0) throw new Error('No published Angebot to clone: seed the database first')
  // Each table's ids are shifted by a multiple of its own largest id (integers) or suffixed (text ids).
  const span = new Map<string, number>()
  for (const table of tables.values()) {
    if (!table.columns.some((column) => column.pk && column.type === 'INTEGER')) continue
    span.set(table.name, Number((await db.execute(`SELECT coalesce(max(id), 0) + 1 AS n FROM ${quote(table.name)}`)).rows[0]!.n))
  }
  const statements: string[] = [
    'DROP TABLE IF EXISTS temp.clone_source',
    'DROP TABLE IF EXISTS temp.clone_map',
    `CREATE TEMP TABLE clone_source AS SELECT row_number() OVER (ORDER BY id) - 1 AS ordinal, id FROM ${root} WHERE _status = 'published' AND slug NOT LIKE '%${cloneMarker}%'`,
    // Clone number c (1 …) of the original with ordinal (c - 1) % originals, its copy number k.
    `CREATE TEMP TABLE clone_map AS WITH RECURSIVE n(c) AS (SELECT 1 UNION ALL SELECT c + 1 FROM n WHERE c < ${wanted})
       SELECT n.c AS c, s.id AS source, (SELECT coalesce(max(CAST(substr(slug, instr(slug, '${cloneMarker}') + ${cloneMarker.length}) AS INTEGER)), 0) FROM ${root} WHERE slug LIKE '%${cloneMarker}%') + (n.c - 1) / ${originals} + 1 AS k
       FROM n JOIN clone_source s ON s.ordinal = (n.c - 1) % ${originals}`,
    'CREATE INDEX temp.clone_map_source ON clone_map(source)',
  ]
  // Parents before children: a table's rows are cloned through its parent's clones.
  const order: Table[] = []
  const visit = (table: Table) => {
    if (order.includes(table)) return
    const parent = parentKey(table, tables)
    if (parent) visit(tables.get(parent.table)!)
    order.push(table)
  }
  for (const table of tables.values()) visit(table)
  for (const table of order) {
    // The path from this table up to the Angebot: joins, and the expression of the Angebot's id.
    const joins: string[] = []
    let alias = 't0'
    let current = table
    let depth = 0
    let filter = ''
    while (current.name !== root) {
      const key = parentKey(current, tables)
      if (!key) throw new Error(`Table ${current.name} has no parent in the Angebote's tables`)
      const parentAlias = `t${++depth}`
      joins.push(`JOIN ${quote(key.table)} ${parentAlias} ON ${parentAlias}.${quote(key.to)} = ${alias}.${quote(key.from)}`)
      if (key.table === versions) filter = ` AND ${parentAlias}.latest = 1`
      if (current.name === versions) filter = ` AND ${alias}.latest = 1`
      alias = parentAlias
      current = tables.get(key.table)!
    }
    const expressions = table.columns.map((column) => {
      const name = `t0.${quote(column.name)}`
      const key = table.foreignKeys.find((candidate) => candidate.from === column.name && tables.has(candidate.table))
      const refersTo = column.pk ? table.name : key?.table
      if (refersTo) {
        const idType = tables.get(refersTo)!.columns.find((candidate) => candidate.pk)!.type
        return idType === 'INTEGER' ? `${name} + m.c * ${span.get(refersTo)!}` : `${name} || '-c' || (m.c + ${published})`
      }
      // A version's array rows keep their row's id in `_uuid`: publishing writes it back as the row's id.
      if (column.name === '_uuid') return `${name} || '-c' || (m.c + ${published})`
      if (column.name === 'slug' || column.name === 'version_slug') return `${name} || '${cloneMarker}' || m.k`
      // Within the title's limit of 160 characters, whatever the original's length.
      if (column.name === 'title' || column.name === 'version_title')
        return `CASE WHEN ${name} IS NULL THEN NULL ELSE substr(${name}, 1, 140) || ' (Kopie ' || m.k || ')' END`
      if (column.name === 'eligibility_benefit' || column.name === 'version_eligibility_benefit') return 'NULL'
      return name
    })
    statements.push(
      `INSERT INTO ${quote(table.name)} (${table.columns.map((column) => quote(column.name)).join(', ')})
       SELECT ${expressions.join(', ')} FROM ${quote(table.name)} t0 ${joins.join(' ')}
       JOIN clone_map m ON m.source = ${alias}.id WHERE 1 = 1${filter}`,
    )
  }
  statements.push('DROP TABLE temp.clone_map', 'DROP TABLE temp.clone_source')
  await db.batch(statements, 'write')
  return wanted
}
