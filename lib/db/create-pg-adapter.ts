import { PrismaPg } from '@prisma/adapter-pg';

/**
 * `?schema=` is Prisma's URL convention, unknown to `pg`: take it out of the connection string and
 * hand it to the adapter and to the session's search_path, so migrations and queries meet in one schema.
 */
export function createPgAdapter(url: string): PrismaPg {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  const options = schema ? `-c search_path="${schema.replaceAll('"', '')}"` : undefined;
  return new PrismaPg({ connectionString: parsed.toString(), options }, schema ? { schema } : undefined);
}

const PG_TEXT_OID = 25;
/** Catalogue types (`name`, `"char"`) that @prisma/adapter-pg 6.19 cannot map; they hold plain text. */
const PG_CATALOGUE_TEXT_OIDS = new Set([18, 19]);
type PgResult = { fields: { dataTypeID: number }[] };
type PgQueryablePrototype = { performIO(this: unknown, query: unknown): Promise<PgResult>; statescopePatched?: true };

/**
 * The adapter for `prisma migrate` on PostgreSQL. The JS schema engine reads pg_catalog columns of type
 * `name`, which adapter-pg 6.19 rejects ("Column type 'name' could not be deserialized"); app queries
 * never return that type, so only the migration adapter reads those columns as text.
 */
export function createPgMigrationAdapter(url: string): PrismaPg {
  const factory = createPgAdapter(url);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    // performIO lives on the class shared by the adapter and its transactions.
    const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as PgQueryablePrototype;
    if (!queryable.statescopePatched) {
      const performIO = queryable.performIO;
      queryable.performIO = async function (query) {
        const result = await performIO.call(this, query);
        for (const field of result.fields) {
          if (PG_CATALOGUE_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = PG_TEXT_OID;
        }
        return result;
      };
      queryable.statescopePatched = true;
    }
    return adapter;
  };
  return factory;
}
