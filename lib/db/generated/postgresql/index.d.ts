
/**
 * Client
**/

import * as runtime from './runtime/client.js';
import $Types = runtime.Types // general types
import $Public = runtime.Types.Public
import $Utils = runtime.Types.Utils
import $Extensions = runtime.Types.Extensions
import $Result = runtime.Types.Result

export type PrismaPromise<T> = $Public.PrismaPromise<T>


/**
 * Model Source
 * Where executions come from: an AWS account and region, a local engine endpoint, or files imported by hand.
 */
export type Source = $Result.DefaultSelection<Prisma.$SourcePayload>
/**
 * Model SyncRun
 * One sync or import run of a source: progress while it runs, counts and errors once it ends.
 */
export type SyncRun = $Result.DefaultSelection<Prisma.$SyncRunPayload>
/**
 * Model StateMachine
 * A state machine as AWS describes it. Its definition lives in revisions, so a replay draws the definition
 * an execution actually ran.
 */
export type StateMachine = $Result.DefaultSelection<Prisma.$StateMachinePayload>
/**
 * Model StateMachineRevision
 * One distinct definition of a state machine (by content hash), with when Statescope first saw it.
 */
export type StateMachineRevision = $Result.DefaultSelection<Prisma.$StateMachineRevisionPayload>
/**
 * Model Execution
 * One execution: the fields of DescribeExecution plus what Statescope derives from its history.
 */
export type Execution = $Result.DefaultSelection<Prisma.$ExecutionPayload>
/**
 * Model HistoryEvent
 * One GetExecutionHistory event, kept whole: unknown event types survive a round trip.
 */
export type HistoryEvent = $Result.DefaultSelection<Prisma.$HistoryEventPayload>
/**
 * Model MetricHour
 * A CloudWatch AWS/States metric, per state machine per hour (cloudwatch-metrics.md §2).
 */
export type MetricHour = $Result.DefaultSelection<Prisma.$MetricHourPayload>
/**
 * Model AuditEntry
 * Who did what to which executions, and how it went. Written for every mutating action.
 */
export type AuditEntry = $Result.DefaultSelection<Prisma.$AuditEntryPayload>
/**
 * Model Setting
 * Settings a team can change: thresholds, negotiated prices, sync intervals (value is JSON).
 */
export type Setting = $Result.DefaultSelection<Prisma.$SettingPayload>

/**
 * ##  Prisma Client ʲˢ
 *
 * Type-safe database client for TypeScript & Node.js
 * @example
 * ```
 * const prisma = new PrismaClient()
 * // Fetch zero or more Sources
 * const sources = await prisma.source.findMany()
 * ```
 *
 *
 * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client).
 */
export class PrismaClient<
  ClientOptions extends Prisma.PrismaClientOptions = Prisma.PrismaClientOptions,
  const U = 'log' extends keyof ClientOptions ? ClientOptions['log'] extends Array<Prisma.LogLevel | Prisma.LogDefinition> ? Prisma.GetEvents<ClientOptions['log']> : never : never,
  ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs
> {
  [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['other'] }

    /**
   * ##  Prisma Client ʲˢ
   *
   * Type-safe database client for TypeScript & Node.js
   * @example
   * ```
   * const prisma = new PrismaClient()
   * // Fetch zero or more Sources
   * const sources = await prisma.source.findMany()
   * ```
   *
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client).
   */

  constructor(optionsArg ?: Prisma.Subset<ClientOptions, Prisma.PrismaClientOptions>);
  $on<V extends U>(eventType: V, callback: (event: V extends 'query' ? Prisma.QueryEvent : Prisma.LogEvent) => void): PrismaClient;

  /**
   * Connect with the database
   */
  $connect(): $Utils.JsPromise<void>;

  /**
   * Disconnect from the database
   */
  $disconnect(): $Utils.JsPromise<void>;

/**
   * Executes a prepared raw query and returns the number of affected rows.
   * @example
   * ```
   * const result = await prisma.$executeRaw`UPDATE User SET cool = ${true} WHERE email = ${'user@email.com'};`
   * ```
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/raw-database-access).
   */
  $executeRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: any[]): Prisma.PrismaPromise<number>;

  /**
   * Executes a raw query and returns the number of affected rows.
   * Susceptible to SQL injections, see documentation.
   * @example
   * ```
   * const result = await prisma.$executeRawUnsafe('UPDATE User SET cool = $1 WHERE email = $2 ;', true, 'user@email.com')
   * ```
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/raw-database-access).
   */
  $executeRawUnsafe<T = unknown>(query: string, ...values: any[]): Prisma.PrismaPromise<number>;

  /**
   * Performs a prepared raw query and returns the `SELECT` data.
   * @example
   * ```
   * const result = await prisma.$queryRaw`SELECT * FROM User WHERE id = ${1} OR email = ${'user@email.com'};`
   * ```
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/raw-database-access).
   */
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: any[]): Prisma.PrismaPromise<T>;

  /**
   * Performs a raw query and returns the `SELECT` data.
   * Susceptible to SQL injections, see documentation.
   * @example
   * ```
   * const result = await prisma.$queryRawUnsafe('SELECT * FROM User WHERE id = $1 OR email = $2;', 1, 'user@email.com')
   * ```
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/raw-database-access).
   */
  $queryRawUnsafe<T = unknown>(query: string, ...values: any[]): Prisma.PrismaPromise<T>;


  /**
   * Allows the running of a sequence of read/write operations that are guaranteed to either succeed or fail as a whole.
   * @example
   * ```
   * const [george, bob, alice] = await prisma.$transaction([
   *   prisma.user.create({ data: { name: 'George' } }),
   *   prisma.user.create({ data: { name: 'Bob' } }),
   *   prisma.user.create({ data: { name: 'Alice' } }),
   * ])
   * ```
   * 
   * Read more in our [docs](https://www.prisma.io/docs/concepts/components/prisma-client/transactions).
   */
  $transaction<P extends Prisma.PrismaPromise<any>[]>(arg: [...P], options?: { isolationLevel?: Prisma.TransactionIsolationLevel }): $Utils.JsPromise<runtime.Types.Utils.UnwrapTuple<P>>

  $transaction<R>(fn: (prisma: Omit<PrismaClient, runtime.ITXClientDenyList>) => $Utils.JsPromise<R>, options?: { maxWait?: number, timeout?: number, isolationLevel?: Prisma.TransactionIsolationLevel }): $Utils.JsPromise<R>


  $extends: $Extensions.ExtendsHook<"extends", Prisma.TypeMapCb<ClientOptions>, ExtArgs, $Utils.Call<Prisma.TypeMapCb<ClientOptions>, {
    extArgs: ExtArgs
  }>>

      /**
   * `prisma.source`: Exposes CRUD operations for the **Source** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more Sources
    * const sources = await prisma.source.findMany()
    * ```
    */
  get source(): Prisma.SourceDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.syncRun`: Exposes CRUD operations for the **SyncRun** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more SyncRuns
    * const syncRuns = await prisma.syncRun.findMany()
    * ```
    */
  get syncRun(): Prisma.SyncRunDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.stateMachine`: Exposes CRUD operations for the **StateMachine** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more StateMachines
    * const stateMachines = await prisma.stateMachine.findMany()
    * ```
    */
  get stateMachine(): Prisma.StateMachineDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.stateMachineRevision`: Exposes CRUD operations for the **StateMachineRevision** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more StateMachineRevisions
    * const stateMachineRevisions = await prisma.stateMachineRevision.findMany()
    * ```
    */
  get stateMachineRevision(): Prisma.StateMachineRevisionDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.execution`: Exposes CRUD operations for the **Execution** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more Executions
    * const executions = await prisma.execution.findMany()
    * ```
    */
  get execution(): Prisma.ExecutionDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.historyEvent`: Exposes CRUD operations for the **HistoryEvent** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more HistoryEvents
    * const historyEvents = await prisma.historyEvent.findMany()
    * ```
    */
  get historyEvent(): Prisma.HistoryEventDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.metricHour`: Exposes CRUD operations for the **MetricHour** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more MetricHours
    * const metricHours = await prisma.metricHour.findMany()
    * ```
    */
  get metricHour(): Prisma.MetricHourDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.auditEntry`: Exposes CRUD operations for the **AuditEntry** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more AuditEntries
    * const auditEntries = await prisma.auditEntry.findMany()
    * ```
    */
  get auditEntry(): Prisma.AuditEntryDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.setting`: Exposes CRUD operations for the **Setting** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more Settings
    * const settings = await prisma.setting.findMany()
    * ```
    */
  get setting(): Prisma.SettingDelegate<ExtArgs, ClientOptions>;
}

export namespace Prisma {
  export import DMMF = runtime.DMMF

  export type PrismaPromise<T> = $Public.PrismaPromise<T>

  /**
   * Validator
   */
  export import validator = runtime.Public.validator

  /**
   * Prisma Errors
   */
  export import PrismaClientKnownRequestError = runtime.PrismaClientKnownRequestError
  export import PrismaClientUnknownRequestError = runtime.PrismaClientUnknownRequestError
  export import PrismaClientRustPanicError = runtime.PrismaClientRustPanicError
  export import PrismaClientInitializationError = runtime.PrismaClientInitializationError
  export import PrismaClientValidationError = runtime.PrismaClientValidationError

  /**
   * Re-export of sql-template-tag
   */
  export import sql = runtime.sqltag
  export import empty = runtime.empty
  export import join = runtime.join
  export import raw = runtime.raw
  export import Sql = runtime.Sql



  /**
   * Decimal.js
   */
  export import Decimal = runtime.Decimal

  export type DecimalJsLike = runtime.DecimalJsLike

  /**
   * Metrics
   */
  export type Metrics = runtime.Metrics
  export type Metric<T> = runtime.Metric<T>
  export type MetricHistogram = runtime.MetricHistogram
  export type MetricHistogramBucket = runtime.MetricHistogramBucket

  /**
  * Extensions
  */
  export import Extension = $Extensions.UserArgs
  export import getExtensionContext = runtime.Extensions.getExtensionContext
  export import Args = $Public.Args
  export import Payload = $Public.Payload
  export import Result = $Public.Result
  export import Exact = $Public.Exact

  /**
   * Prisma Client JS version: 6.19.3
   * Query Engine version: c2990dca591cba766e3b7ef5d9e8a84796e47ab7
   */
  export type PrismaVersion = {
    client: string
  }

  export const prismaVersion: PrismaVersion

  /**
   * Utility Types
   */


  export import Bytes = runtime.Bytes
  export import JsonObject = runtime.JsonObject
  export import JsonArray = runtime.JsonArray
  export import JsonValue = runtime.JsonValue
  export import InputJsonObject = runtime.InputJsonObject
  export import InputJsonArray = runtime.InputJsonArray
  export import InputJsonValue = runtime.InputJsonValue

  /**
   * Types of the values used to represent different kinds of `null` values when working with JSON fields.
   *
   * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
   */
  namespace NullTypes {
    /**
    * Type of `Prisma.DbNull`.
    *
    * You cannot use other instances of this class. Please use the `Prisma.DbNull` value.
    *
    * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
    */
    class DbNull {
      private DbNull: never
      private constructor()
    }

    /**
    * Type of `Prisma.JsonNull`.
    *
    * You cannot use other instances of this class. Please use the `Prisma.JsonNull` value.
    *
    * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
    */
    class JsonNull {
      private JsonNull: never
      private constructor()
    }

    /**
    * Type of `Prisma.AnyNull`.
    *
    * You cannot use other instances of this class. Please use the `Prisma.AnyNull` value.
    *
    * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
    */
    class AnyNull {
      private AnyNull: never
      private constructor()
    }
  }

  /**
   * Helper for filtering JSON entries that have `null` on the database (empty on the db)
   *
   * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
   */
  export const DbNull: NullTypes.DbNull

  /**
   * Helper for filtering JSON entries that have JSON `null` values (not empty on the db)
   *
   * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
   */
  export const JsonNull: NullTypes.JsonNull

  /**
   * Helper for filtering JSON entries that are `Prisma.DbNull` or `Prisma.JsonNull`
   *
   * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
   */
  export const AnyNull: NullTypes.AnyNull

  type SelectAndInclude = {
    select: any
    include: any
  }

  type SelectAndOmit = {
    select: any
    omit: any
  }

  /**
   * Get the type of the value, that the Promise holds.
   */
  export type PromiseType<T extends PromiseLike<any>> = T extends PromiseLike<infer U> ? U : T;

  /**
   * Get the return type of a function which returns a Promise.
   */
  export type PromiseReturnType<T extends (...args: any) => $Utils.JsPromise<any>> = PromiseType<ReturnType<T>>

  /**
   * From T, pick a set of properties whose keys are in the union K
   */
  type Prisma__Pick<T, K extends keyof T> = {
      [P in K]: T[P];
  };


  export type Enumerable<T> = T | Array<T>;

  export type RequiredKeys<T> = {
    [K in keyof T]-?: {} extends Prisma__Pick<T, K> ? never : K
  }[keyof T]

  export type TruthyKeys<T> = keyof {
    [K in keyof T as T[K] extends false | undefined | null ? never : K]: K
  }

  export type TrueKeys<T> = TruthyKeys<Prisma__Pick<T, RequiredKeys<T>>>

  /**
   * Subset
   * @desc From `T` pick properties that exist in `U`. Simple version of Intersection
   */
  export type Subset<T, U> = {
    [key in keyof T]: key extends keyof U ? T[key] : never;
  };

  /**
   * SelectSubset
   * @desc From `T` pick properties that exist in `U`. Simple version of Intersection.
   * Additionally, it validates, if both select and include are present. If the case, it errors.
   */
  export type SelectSubset<T, U> = {
    [key in keyof T]: key extends keyof U ? T[key] : never
  } &
    (T extends SelectAndInclude
      ? 'Please either choose `select` or `include`.'
      : T extends SelectAndOmit
        ? 'Please either choose `select` or `omit`.'
        : {})

  /**
   * Subset + Intersection
   * @desc From `T` pick properties that exist in `U` and intersect `K`
   */
  export type SubsetIntersection<T, U, K> = {
    [key in keyof T]: key extends keyof U ? T[key] : never
  } &
    K

  type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never };

  /**
   * XOR is needed to have a real mutually exclusive union type
   * https://stackoverflow.com/questions/42123407/does-typescript-support-mutually-exclusive-types
   */
  type XOR<T, U> =
    T extends object ?
    U extends object ?
      (Without<T, U> & U) | (Without<U, T> & T)
    : U : T


  /**
   * Is T a Record?
   */
  type IsObject<T extends any> = T extends Array<any>
  ? False
  : T extends Date
  ? False
  : T extends Uint8Array
  ? False
  : T extends BigInt
  ? False
  : T extends object
  ? True
  : False


  /**
   * If it's T[], return T
   */
  export type UnEnumerate<T extends unknown> = T extends Array<infer U> ? U : T

  /**
   * From ts-toolbelt
   */

  type __Either<O extends object, K extends Key> = Omit<O, K> &
    {
      // Merge all but K
      [P in K]: Prisma__Pick<O, P & keyof O> // With K possibilities
    }[K]

  type EitherStrict<O extends object, K extends Key> = Strict<__Either<O, K>>

  type EitherLoose<O extends object, K extends Key> = ComputeRaw<__Either<O, K>>

  type _Either<
    O extends object,
    K extends Key,
    strict extends Boolean
  > = {
    1: EitherStrict<O, K>
    0: EitherLoose<O, K>
  }[strict]

  type Either<
    O extends object,
    K extends Key,
    strict extends Boolean = 1
  > = O extends unknown ? _Either<O, K, strict> : never

  export type Union = any

  type PatchUndefined<O extends object, O1 extends object> = {
    [K in keyof O]: O[K] extends undefined ? At<O1, K> : O[K]
  } & {}

  /** Helper Types for "Merge" **/
  export type IntersectOf<U extends Union> = (
    U extends unknown ? (k: U) => void : never
  ) extends (k: infer I) => void
    ? I
    : never

  export type Overwrite<O extends object, O1 extends object> = {
      [K in keyof O]: K extends keyof O1 ? O1[K] : O[K];
  } & {};

  type _Merge<U extends object> = IntersectOf<Overwrite<U, {
      [K in keyof U]-?: At<U, K>;
  }>>;

  type Key = string | number | symbol;
  type AtBasic<O extends object, K extends Key> = K extends keyof O ? O[K] : never;
  type AtStrict<O extends object, K extends Key> = O[K & keyof O];
  type AtLoose<O extends object, K extends Key> = O extends unknown ? AtStrict<O, K> : never;
  export type At<O extends object, K extends Key, strict extends Boolean = 1> = {
      1: AtStrict<O, K>;
      0: AtLoose<O, K>;
  }[strict];

  export type ComputeRaw<A extends any> = A extends Function ? A : {
    [K in keyof A]: A[K];
  } & {};

  export type OptionalFlat<O> = {
    [K in keyof O]?: O[K];
  } & {};

  type _Record<K extends keyof any, T> = {
    [P in K]: T;
  };

  // cause typescript not to expand types and preserve names
  type NoExpand<T> = T extends unknown ? T : never;

  // this type assumes the passed object is entirely optional
  type AtLeast<O extends object, K extends string> = NoExpand<
    O extends unknown
    ? | (K extends keyof O ? { [P in K]: O[P] } & O : O)
      | {[P in keyof O as P extends K ? P : never]-?: O[P]} & O
    : never>;

  type _Strict<U, _U = U> = U extends unknown ? U & OptionalFlat<_Record<Exclude<Keys<_U>, keyof U>, never>> : never;

  export type Strict<U extends object> = ComputeRaw<_Strict<U>>;
  /** End Helper Types for "Merge" **/

  export type Merge<U extends object> = ComputeRaw<_Merge<Strict<U>>>;

  /**
  A [[Boolean]]
  */
  export type Boolean = True | False

  // /**
  // 1
  // */
  export type True = 1

  /**
  0
  */
  export type False = 0

  export type Not<B extends Boolean> = {
    0: 1
    1: 0
  }[B]

  export type Extends<A1 extends any, A2 extends any> = [A1] extends [never]
    ? 0 // anything `never` is false
    : A1 extends A2
    ? 1
    : 0

  export type Has<U extends Union, U1 extends Union> = Not<
    Extends<Exclude<U1, U>, U1>
  >

  export type Or<B1 extends Boolean, B2 extends Boolean> = {
    0: {
      0: 0
      1: 1
    }
    1: {
      0: 1
      1: 1
    }
  }[B1][B2]

  export type Keys<U extends Union> = U extends unknown ? keyof U : never

  type Cast<A, B> = A extends B ? A : B;

  export const type: unique symbol;



  /**
   * Used by group by
   */

  export type GetScalarType<T, O> = O extends object ? {
    [P in keyof T]: P extends keyof O
      ? O[P]
      : never
  } : never

  type FieldPaths<
    T,
    U = Omit<T, '_avg' | '_sum' | '_count' | '_min' | '_max'>
  > = IsObject<T> extends True ? U : T

  type GetHavingFields<T> = {
    [K in keyof T]: Or<
      Or<Extends<'OR', K>, Extends<'AND', K>>,
      Extends<'NOT', K>
    > extends True
      ? // infer is only needed to not hit TS limit
        // based on the brilliant idea of Pierre-Antoine Mills
        // https://github.com/microsoft/TypeScript/issues/30188#issuecomment-478938437
        T[K] extends infer TK
        ? GetHavingFields<UnEnumerate<TK> extends object ? Merge<UnEnumerate<TK>> : never>
        : never
      : {} extends FieldPaths<T[K]>
      ? never
      : K
  }[keyof T]

  /**
   * Convert tuple to union
   */
  type _TupleToUnion<T> = T extends (infer E)[] ? E : never
  type TupleToUnion<K extends readonly any[]> = _TupleToUnion<K>
  type MaybeTupleToUnion<T> = T extends any[] ? TupleToUnion<T> : T

  /**
   * Like `Pick`, but additionally can also accept an array of keys
   */
  type PickEnumerable<T, K extends Enumerable<keyof T> | keyof T> = Prisma__Pick<T, MaybeTupleToUnion<K>>

  /**
   * Exclude all keys with underscores
   */
  type ExcludeUnderscoreKeys<T extends string> = T extends `_${string}` ? never : T


  export type FieldRef<Model, FieldType> = runtime.FieldRef<Model, FieldType>

  type FieldRefInputType<Model, FieldType> = Model extends never ? never : FieldRef<Model, FieldType>


  export const ModelName: {
    Source: 'Source',
    SyncRun: 'SyncRun',
    StateMachine: 'StateMachine',
    StateMachineRevision: 'StateMachineRevision',
    Execution: 'Execution',
    HistoryEvent: 'HistoryEvent',
    MetricHour: 'MetricHour',
    AuditEntry: 'AuditEntry',
    Setting: 'Setting'
  };

  export type ModelName = (typeof ModelName)[keyof typeof ModelName]


  export type Datasources = {
    db?: Datasource
  }

  interface TypeMapCb<ClientOptions = {}> extends $Utils.Fn<{extArgs: $Extensions.InternalArgs }, $Utils.Record<string, any>> {
    returns: Prisma.TypeMap<this['params']['extArgs'], ClientOptions extends { omit: infer OmitOptions } ? OmitOptions : {}>
  }

  export type TypeMap<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> = {
    globalOmitOptions: {
      omit: GlobalOmitOptions
    }
    meta: {
      modelProps: "source" | "syncRun" | "stateMachine" | "stateMachineRevision" | "execution" | "historyEvent" | "metricHour" | "auditEntry" | "setting"
      txIsolationLevel: Prisma.TransactionIsolationLevel
    }
    model: {
      Source: {
        payload: Prisma.$SourcePayload<ExtArgs>
        fields: Prisma.SourceFieldRefs
        operations: {
          findUnique: {
            args: Prisma.SourceFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SourcePayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.SourceFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SourcePayload>
          }
          findFirst: {
            args: Prisma.SourceFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SourcePayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.SourceFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SourcePayload>
          }
          findMany: {
            args: Prisma.SourceFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SourcePayload>[]
          }
          create: {
            args: Prisma.SourceCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SourcePayload>
          }
          createMany: {
            args: Prisma.SourceCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.SourceCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SourcePayload>[]
          }
          delete: {
            args: Prisma.SourceDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SourcePayload>
          }
          update: {
            args: Prisma.SourceUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SourcePayload>
          }
          deleteMany: {
            args: Prisma.SourceDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.SourceUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.SourceUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SourcePayload>[]
          }
          upsert: {
            args: Prisma.SourceUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SourcePayload>
          }
          aggregate: {
            args: Prisma.SourceAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateSource>
          }
          groupBy: {
            args: Prisma.SourceGroupByArgs<ExtArgs>
            result: $Utils.Optional<SourceGroupByOutputType>[]
          }
          count: {
            args: Prisma.SourceCountArgs<ExtArgs>
            result: $Utils.Optional<SourceCountAggregateOutputType> | number
          }
        }
      }
      SyncRun: {
        payload: Prisma.$SyncRunPayload<ExtArgs>
        fields: Prisma.SyncRunFieldRefs
        operations: {
          findUnique: {
            args: Prisma.SyncRunFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SyncRunPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.SyncRunFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SyncRunPayload>
          }
          findFirst: {
            args: Prisma.SyncRunFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SyncRunPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.SyncRunFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SyncRunPayload>
          }
          findMany: {
            args: Prisma.SyncRunFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SyncRunPayload>[]
          }
          create: {
            args: Prisma.SyncRunCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SyncRunPayload>
          }
          createMany: {
            args: Prisma.SyncRunCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.SyncRunCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SyncRunPayload>[]
          }
          delete: {
            args: Prisma.SyncRunDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SyncRunPayload>
          }
          update: {
            args: Prisma.SyncRunUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SyncRunPayload>
          }
          deleteMany: {
            args: Prisma.SyncRunDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.SyncRunUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.SyncRunUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SyncRunPayload>[]
          }
          upsert: {
            args: Prisma.SyncRunUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SyncRunPayload>
          }
          aggregate: {
            args: Prisma.SyncRunAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateSyncRun>
          }
          groupBy: {
            args: Prisma.SyncRunGroupByArgs<ExtArgs>
            result: $Utils.Optional<SyncRunGroupByOutputType>[]
          }
          count: {
            args: Prisma.SyncRunCountArgs<ExtArgs>
            result: $Utils.Optional<SyncRunCountAggregateOutputType> | number
          }
        }
      }
      StateMachine: {
        payload: Prisma.$StateMachinePayload<ExtArgs>
        fields: Prisma.StateMachineFieldRefs
        operations: {
          findUnique: {
            args: Prisma.StateMachineFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StateMachinePayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.StateMachineFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StateMachinePayload>
          }
          findFirst: {
            args: Prisma.StateMachineFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StateMachinePayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.StateMachineFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StateMachinePayload>
          }
          findMany: {
            args: Prisma.StateMachineFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StateMachinePayload>[]
          }
          create: {
            args: Prisma.StateMachineCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StateMachinePayload>
          }
          createMany: {
            args: Prisma.StateMachineCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.StateMachineCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StateMachinePayload>[]
          }
          delete: {
            args: Prisma.StateMachineDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StateMachinePayload>
          }
          update: {
            args: Prisma.StateMachineUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StateMachinePayload>
          }
          deleteMany: {
            args: Prisma.StateMachineDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.StateMachineUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.StateMachineUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StateMachinePayload>[]
          }
          upsert: {
            args: Prisma.StateMachineUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StateMachinePayload>
          }
          aggregate: {
            args: Prisma.StateMachineAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateStateMachine>
          }
          groupBy: {
            args: Prisma.StateMachineGroupByArgs<ExtArgs>
            result: $Utils.Optional<StateMachineGroupByOutputType>[]
          }
          count: {
            args: Prisma.StateMachineCountArgs<ExtArgs>
            result: $Utils.Optional<StateMachineCountAggregateOutputType> | number
          }
        }
      }
      StateMachineRevision: {
        payload: Prisma.$StateMachineRevisionPayload<ExtArgs>
        fields: Prisma.StateMachineRevisionFieldRefs
        operations: {
          findUnique: {
            args: Prisma.StateMachineRevisionFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StateMachineRevisionPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.StateMachineRevisionFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StateMachineRevisionPayload>
          }
          findFirst: {
            args: Prisma.StateMachineRevisionFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StateMachineRevisionPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.StateMachineRevisionFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StateMachineRevisionPayload>
          }
          findMany: {
            args: Prisma.StateMachineRevisionFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StateMachineRevisionPayload>[]
          }
          create: {
            args: Prisma.StateMachineRevisionCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StateMachineRevisionPayload>
          }
          createMany: {
            args: Prisma.StateMachineRevisionCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.StateMachineRevisionCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StateMachineRevisionPayload>[]
          }
          delete: {
            args: Prisma.StateMachineRevisionDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StateMachineRevisionPayload>
          }
          update: {
            args: Prisma.StateMachineRevisionUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StateMachineRevisionPayload>
          }
          deleteMany: {
            args: Prisma.StateMachineRevisionDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.StateMachineRevisionUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.StateMachineRevisionUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StateMachineRevisionPayload>[]
          }
          upsert: {
            args: Prisma.StateMachineRevisionUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$StateMachineRevisionPayload>
          }
          aggregate: {
            args: Prisma.StateMachineRevisionAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateStateMachineRevision>
          }
          groupBy: {
            args: Prisma.StateMachineRevisionGroupByArgs<ExtArgs>
            result: $Utils.Optional<StateMachineRevisionGroupByOutputType>[]
          }
          count: {
            args: Prisma.StateMachineRevisionCountArgs<ExtArgs>
            result: $Utils.Optional<StateMachineRevisionCountAggregateOutputType> | number
          }
        }
      }
      Execution: {
        payload: Prisma.$ExecutionPayload<ExtArgs>
        fields: Prisma.ExecutionFieldRefs
        operations: {
          findUnique: {
            args: Prisma.ExecutionFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ExecutionPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.ExecutionFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ExecutionPayload>
          }
          findFirst: {
            args: Prisma.ExecutionFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ExecutionPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.ExecutionFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ExecutionPayload>
          }
          findMany: {
            args: Prisma.ExecutionFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ExecutionPayload>[]
          }
          create: {
            args: Prisma.ExecutionCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ExecutionPayload>
          }
          createMany: {
            args: Prisma.ExecutionCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.ExecutionCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ExecutionPayload>[]
          }
          delete: {
            args: Prisma.ExecutionDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ExecutionPayload>
          }
          update: {
            args: Prisma.ExecutionUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ExecutionPayload>
          }
          deleteMany: {
            args: Prisma.ExecutionDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.ExecutionUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.ExecutionUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ExecutionPayload>[]
          }
          upsert: {
            args: Prisma.ExecutionUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ExecutionPayload>
          }
          aggregate: {
            args: Prisma.ExecutionAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateExecution>
          }
          groupBy: {
            args: Prisma.ExecutionGroupByArgs<ExtArgs>
            result: $Utils.Optional<ExecutionGroupByOutputType>[]
          }
          count: {
            args: Prisma.ExecutionCountArgs<ExtArgs>
            result: $Utils.Optional<ExecutionCountAggregateOutputType> | number
          }
        }
      }
      HistoryEvent: {
        payload: Prisma.$HistoryEventPayload<ExtArgs>
        fields: Prisma.HistoryEventFieldRefs
        operations: {
          findUnique: {
            args: Prisma.HistoryEventFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$HistoryEventPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.HistoryEventFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$HistoryEventPayload>
          }
          findFirst: {
            args: Prisma.HistoryEventFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$HistoryEventPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.HistoryEventFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$HistoryEventPayload>
          }
          findMany: {
            args: Prisma.HistoryEventFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$HistoryEventPayload>[]
          }
          create: {
            args: Prisma.HistoryEventCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$HistoryEventPayload>
          }
          createMany: {
            args: Prisma.HistoryEventCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.HistoryEventCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$HistoryEventPayload>[]
          }
          delete: {
            args: Prisma.HistoryEventDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$HistoryEventPayload>
          }
          update: {
            args: Prisma.HistoryEventUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$HistoryEventPayload>
          }
          deleteMany: {
            args: Prisma.HistoryEventDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.HistoryEventUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.HistoryEventUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$HistoryEventPayload>[]
          }
          upsert: {
            args: Prisma.HistoryEventUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$HistoryEventPayload>
          }
          aggregate: {
            args: Prisma.HistoryEventAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateHistoryEvent>
          }
          groupBy: {
            args: Prisma.HistoryEventGroupByArgs<ExtArgs>
            result: $Utils.Optional<HistoryEventGroupByOutputType>[]
          }
          count: {
            args: Prisma.HistoryEventCountArgs<ExtArgs>
            result: $Utils.Optional<HistoryEventCountAggregateOutputType> | number
          }
        }
      }
      MetricHour: {
        payload: Prisma.$MetricHourPayload<ExtArgs>
        fields: Prisma.MetricHourFieldRefs
        operations: {
          findUnique: {
            args: Prisma.MetricHourFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$MetricHourPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.MetricHourFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$MetricHourPayload>
          }
          findFirst: {
            args: Prisma.MetricHourFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$MetricHourPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.MetricHourFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$MetricHourPayload>
          }
          findMany: {
            args: Prisma.MetricHourFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$MetricHourPayload>[]
          }
          create: {
            args: Prisma.MetricHourCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$MetricHourPayload>
          }
          createMany: {
            args: Prisma.MetricHourCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.MetricHourCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$MetricHourPayload>[]
          }
          delete: {
            args: Prisma.MetricHourDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$MetricHourPayload>
          }
          update: {
            args: Prisma.MetricHourUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$MetricHourPayload>
          }
          deleteMany: {
            args: Prisma.MetricHourDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.MetricHourUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.MetricHourUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$MetricHourPayload>[]
          }
          upsert: {
            args: Prisma.MetricHourUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$MetricHourPayload>
          }
          aggregate: {
            args: Prisma.MetricHourAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateMetricHour>
          }
          groupBy: {
            args: Prisma.MetricHourGroupByArgs<ExtArgs>
            result: $Utils.Optional<MetricHourGroupByOutputType>[]
          }
          count: {
            args: Prisma.MetricHourCountArgs<ExtArgs>
            result: $Utils.Optional<MetricHourCountAggregateOutputType> | number
          }
        }
      }
      AuditEntry: {
        payload: Prisma.$AuditEntryPayload<ExtArgs>
        fields: Prisma.AuditEntryFieldRefs
        operations: {
          findUnique: {
            args: Prisma.AuditEntryFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEntryPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.AuditEntryFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEntryPayload>
          }
          findFirst: {
            args: Prisma.AuditEntryFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEntryPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.AuditEntryFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEntryPayload>
          }
          findMany: {
            args: Prisma.AuditEntryFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEntryPayload>[]
          }
          create: {
            args: Prisma.AuditEntryCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEntryPayload>
          }
          createMany: {
            args: Prisma.AuditEntryCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.AuditEntryCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEntryPayload>[]
          }
          delete: {
            args: Prisma.AuditEntryDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEntryPayload>
          }
          update: {
            args: Prisma.AuditEntryUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEntryPayload>
          }
          deleteMany: {
            args: Prisma.AuditEntryDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.AuditEntryUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.AuditEntryUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEntryPayload>[]
          }
          upsert: {
            args: Prisma.AuditEntryUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEntryPayload>
          }
          aggregate: {
            args: Prisma.AuditEntryAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateAuditEntry>
          }
          groupBy: {
            args: Prisma.AuditEntryGroupByArgs<ExtArgs>
            result: $Utils.Optional<AuditEntryGroupByOutputType>[]
          }
          count: {
            args: Prisma.AuditEntryCountArgs<ExtArgs>
            result: $Utils.Optional<AuditEntryCountAggregateOutputType> | number
          }
        }
      }
      Setting: {
        payload: Prisma.$SettingPayload<ExtArgs>
        fields: Prisma.SettingFieldRefs
        operations: {
          findUnique: {
            args: Prisma.SettingFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SettingPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.SettingFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SettingPayload>
          }
          findFirst: {
            args: Prisma.SettingFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SettingPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.SettingFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SettingPayload>
          }
          findMany: {
            args: Prisma.SettingFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SettingPayload>[]
          }
          create: {
            args: Prisma.SettingCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SettingPayload>
          }
          createMany: {
            args: Prisma.SettingCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.SettingCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SettingPayload>[]
          }
          delete: {
            args: Prisma.SettingDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SettingPayload>
          }
          update: {
            args: Prisma.SettingUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SettingPayload>
          }
          deleteMany: {
            args: Prisma.SettingDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.SettingUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.SettingUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SettingPayload>[]
          }
          upsert: {
            args: Prisma.SettingUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SettingPayload>
          }
          aggregate: {
            args: Prisma.SettingAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateSetting>
          }
          groupBy: {
            args: Prisma.SettingGroupByArgs<ExtArgs>
            result: $Utils.Optional<SettingGroupByOutputType>[]
          }
          count: {
            args: Prisma.SettingCountArgs<ExtArgs>
            result: $Utils.Optional<SettingCountAggregateOutputType> | number
          }
        }
      }
    }
  } & {
    other: {
      payload: any
      operations: {
        $executeRaw: {
          args: [query: TemplateStringsArray | Prisma.Sql, ...values: any[]],
          result: any
        }
        $executeRawUnsafe: {
          args: [query: string, ...values: any[]],
          result: any
        }
        $queryRaw: {
          args: [query: TemplateStringsArray | Prisma.Sql, ...values: any[]],
          result: any
        }
        $queryRawUnsafe: {
          args: [query: string, ...values: any[]],
          result: any
        }
      }
    }
  }
  export const defineExtension: $Extensions.ExtendsHook<"define", Prisma.TypeMapCb, $Extensions.DefaultArgs>
  export type DefaultPrismaClient = PrismaClient
  export type ErrorFormat = 'pretty' | 'colorless' | 'minimal'
  export interface PrismaClientOptions {
    /**
     * Overwrites the datasource url from your schema.prisma file
     */
    datasources?: Datasources
    /**
     * Overwrites the datasource url from your schema.prisma file
     */
    datasourceUrl?: string
    /**
     * @default "colorless"
     */
    errorFormat?: ErrorFormat
    /**
     * @example
     * ```
     * // Shorthand for `emit: 'stdout'`
     * log: ['query', 'info', 'warn', 'error']
     * 
     * // Emit as events only
     * log: [
     *   { emit: 'event', level: 'query' },
     *   { emit: 'event', level: 'info' },
     *   { emit: 'event', level: 'warn' }
     *   { emit: 'event', level: 'error' }
     * ]
     * 
     * / Emit as events and log to stdout
     * og: [
     *  { emit: 'stdout', level: 'query' },
     *  { emit: 'stdout', level: 'info' },
     *  { emit: 'stdout', level: 'warn' }
     *  { emit: 'stdout', level: 'error' }
     * 
     * ```
     * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/logging#the-log-option).
     */
    log?: (LogLevel | LogDefinition)[]
    /**
     * The default values for transactionOptions
     * maxWait ?= 2000
     * timeout ?= 5000
     */
    transactionOptions?: {
      maxWait?: number
      timeout?: number
      isolationLevel?: Prisma.TransactionIsolationLevel
    }
    /**
     * Instance of a Driver Adapter, e.g., like one provided by `@prisma/adapter-planetscale`
     */
    adapter?: runtime.SqlDriverAdapterFactory | null
    /**
     * Global configuration for omitting model fields by default.
     * 
     * @example
     * ```
     * const prisma = new PrismaClient({
     *   omit: {
     *     user: {
     *       password: true
     *     }
     *   }
     * })
     * ```
     */
    omit?: Prisma.GlobalOmitConfig
  }
  export type GlobalOmitConfig = {
    source?: SourceOmit
    syncRun?: SyncRunOmit
    stateMachine?: StateMachineOmit
    stateMachineRevision?: StateMachineRevisionOmit
    execution?: ExecutionOmit
    historyEvent?: HistoryEventOmit
    metricHour?: MetricHourOmit
    auditEntry?: AuditEntryOmit
    setting?: SettingOmit
  }

  /* Types for Logging */
  export type LogLevel = 'info' | 'query' | 'warn' | 'error'
  export type LogDefinition = {
    level: LogLevel
    emit: 'stdout' | 'event'
  }

  export type CheckIsLogLevel<T> = T extends LogLevel ? T : never;

  export type GetLogType<T> = CheckIsLogLevel<
    T extends LogDefinition ? T['level'] : T
  >;

  export type GetEvents<T extends any[]> = T extends Array<LogLevel | LogDefinition>
    ? GetLogType<T[number]>
    : never;

  export type QueryEvent = {
    timestamp: Date
    query: string
    params: string
    duration: number
    target: string
  }

  export type LogEvent = {
    timestamp: Date
    message: string
    target: string
  }
  /* End Types for Logging */


  export type PrismaAction =
    | 'findUnique'
    | 'findUniqueOrThrow'
    | 'findMany'
    | 'findFirst'
    | 'findFirstOrThrow'
    | 'create'
    | 'createMany'
    | 'createManyAndReturn'
    | 'update'
    | 'updateMany'
    | 'updateManyAndReturn'
    | 'upsert'
    | 'delete'
    | 'deleteMany'
    | 'executeRaw'
    | 'queryRaw'
    | 'aggregate'
    | 'count'
    | 'runCommandRaw'
    | 'findRaw'
    | 'groupBy'

  // tested in getLogLevel.test.ts
  export function getLogLevel(log: Array<LogLevel | LogDefinition>): LogLevel | undefined;

  /**
   * `PrismaClient` proxy available in interactive transactions.
   */
  export type TransactionClient = Omit<Prisma.DefaultPrismaClient, runtime.ITXClientDenyList>

  export type Datasource = {
    url?: string
  }

  /**
   * Count Types
   */


  /**
   * Count Type SourceCountOutputType
   */

  export type SourceCountOutputType = {
    stateMachines: number
    executions: number
    syncRuns: number
  }

  export type SourceCountOutputTypeSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    stateMachines?: boolean | SourceCountOutputTypeCountStateMachinesArgs
    executions?: boolean | SourceCountOutputTypeCountExecutionsArgs
    syncRuns?: boolean | SourceCountOutputTypeCountSyncRunsArgs
  }

  // Custom InputTypes
  /**
   * SourceCountOutputType without action
   */
  export type SourceCountOutputTypeDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SourceCountOutputType
     */
    select?: SourceCountOutputTypeSelect<ExtArgs> | null
  }

  /**
   * SourceCountOutputType without action
   */
  export type SourceCountOutputTypeCountStateMachinesArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: StateMachineWhereInput
  }

  /**
   * SourceCountOutputType without action
   */
  export type SourceCountOutputTypeCountExecutionsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: ExecutionWhereInput
  }

  /**
   * SourceCountOutputType without action
   */
  export type SourceCountOutputTypeCountSyncRunsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: SyncRunWhereInput
  }


  /**
   * Count Type StateMachineCountOutputType
   */

  export type StateMachineCountOutputType = {
    revisions: number
    executions: number
    metricHours: number
  }

  export type StateMachineCountOutputTypeSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    revisions?: boolean | StateMachineCountOutputTypeCountRevisionsArgs
    executions?: boolean | StateMachineCountOutputTypeCountExecutionsArgs
    metricHours?: boolean | StateMachineCountOutputTypeCountMetricHoursArgs
  }

  // Custom InputTypes
  /**
   * StateMachineCountOutputType without action
   */
  export type StateMachineCountOutputTypeDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachineCountOutputType
     */
    select?: StateMachineCountOutputTypeSelect<ExtArgs> | null
  }

  /**
   * StateMachineCountOutputType without action
   */
  export type StateMachineCountOutputTypeCountRevisionsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: StateMachineRevisionWhereInput
  }

  /**
   * StateMachineCountOutputType without action
   */
  export type StateMachineCountOutputTypeCountExecutionsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: ExecutionWhereInput
  }

  /**
   * StateMachineCountOutputType without action
   */
  export type StateMachineCountOutputTypeCountMetricHoursArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: MetricHourWhereInput
  }


  /**
   * Count Type StateMachineRevisionCountOutputType
   */

  export type StateMachineRevisionCountOutputType = {
    executions: number
  }

  export type StateMachineRevisionCountOutputTypeSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    executions?: boolean | StateMachineRevisionCountOutputTypeCountExecutionsArgs
  }

  // Custom InputTypes
  /**
   * StateMachineRevisionCountOutputType without action
   */
  export type StateMachineRevisionCountOutputTypeDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachineRevisionCountOutputType
     */
    select?: StateMachineRevisionCountOutputTypeSelect<ExtArgs> | null
  }

  /**
   * StateMachineRevisionCountOutputType without action
   */
  export type StateMachineRevisionCountOutputTypeCountExecutionsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: ExecutionWhereInput
  }


  /**
   * Count Type ExecutionCountOutputType
   */

  export type ExecutionCountOutputType = {
    events: number
  }

  export type ExecutionCountOutputTypeSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    events?: boolean | ExecutionCountOutputTypeCountEventsArgs
  }

  // Custom InputTypes
  /**
   * ExecutionCountOutputType without action
   */
  export type ExecutionCountOutputTypeDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ExecutionCountOutputType
     */
    select?: ExecutionCountOutputTypeSelect<ExtArgs> | null
  }

  /**
   * ExecutionCountOutputType without action
   */
  export type ExecutionCountOutputTypeCountEventsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: HistoryEventWhereInput
  }


  /**
   * Models
   */

  /**
   * Model Source
   */

  export type AggregateSource = {
    _count: SourceCountAggregateOutputType | null
    _avg: SourceAvgAggregateOutputType | null
    _sum: SourceSumAggregateOutputType | null
    _min: SourceMinAggregateOutputType | null
    _max: SourceMaxAggregateOutputType | null
  }

  export type SourceAvgAggregateOutputType = {
    id: number | null
    syncIntervalSec: number | null
    maxRequestsPerSec: number | null
  }

  export type SourceSumAggregateOutputType = {
    id: number | null
    syncIntervalSec: number | null
    maxRequestsPerSec: number | null
  }

  export type SourceMinAggregateOutputType = {
    id: number | null
    kind: string | null
    name: string | null
    region: string | null
    accountId: string | null
    profile: string | null
    roleArn: string | null
    endpoint: string | null
    syncIntervalSec: number | null
    maxRequestsPerSec: number | null
    enabled: boolean | null
    createdAt: Date | null
    updatedAt: Date | null
  }

  export type SourceMaxAggregateOutputType = {
    id: number | null
    kind: string | null
    name: string | null
    region: string | null
    accountId: string | null
    profile: string | null
    roleArn: string | null
    endpoint: string | null
    syncIntervalSec: number | null
    maxRequestsPerSec: number | null
    enabled: boolean | null
    createdAt: Date | null
    updatedAt: Date | null
  }

  export type SourceCountAggregateOutputType = {
    id: number
    kind: number
    name: number
    region: number
    accountId: number
    profile: number
    roleArn: number
    endpoint: number
    syncIntervalSec: number
    maxRequestsPerSec: number
    enabled: number
    createdAt: number
    updatedAt: number
    _all: number
  }


  export type SourceAvgAggregateInputType = {
    id?: true
    syncIntervalSec?: true
    maxRequestsPerSec?: true
  }

  export type SourceSumAggregateInputType = {
    id?: true
    syncIntervalSec?: true
    maxRequestsPerSec?: true
  }

  export type SourceMinAggregateInputType = {
    id?: true
    kind?: true
    name?: true
    region?: true
    accountId?: true
    profile?: true
    roleArn?: true
    endpoint?: true
    syncIntervalSec?: true
    maxRequestsPerSec?: true
    enabled?: true
    createdAt?: true
    updatedAt?: true
  }

  export type SourceMaxAggregateInputType = {
    id?: true
    kind?: true
    name?: true
    region?: true
    accountId?: true
    profile?: true
    roleArn?: true
    endpoint?: true
    syncIntervalSec?: true
    maxRequestsPerSec?: true
    enabled?: true
    createdAt?: true
    updatedAt?: true
  }

  export type SourceCountAggregateInputType = {
    id?: true
    kind?: true
    name?: true
    region?: true
    accountId?: true
    profile?: true
    roleArn?: true
    endpoint?: true
    syncIntervalSec?: true
    maxRequestsPerSec?: true
    enabled?: true
    createdAt?: true
    updatedAt?: true
    _all?: true
  }

  export type SourceAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Source to aggregate.
     */
    where?: SourceWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Sources to fetch.
     */
    orderBy?: SourceOrderByWithRelationInput | SourceOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: SourceWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Sources from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Sources.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned Sources
    **/
    _count?: true | SourceCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to average
    **/
    _avg?: SourceAvgAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to sum
    **/
    _sum?: SourceSumAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: SourceMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: SourceMaxAggregateInputType
  }

  export type GetSourceAggregateType<T extends SourceAggregateArgs> = {
        [P in keyof T & keyof AggregateSource]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateSource[P]>
      : GetScalarType<T[P], AggregateSource[P]>
  }




  export type SourceGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: SourceWhereInput
    orderBy?: SourceOrderByWithAggregationInput | SourceOrderByWithAggregationInput[]
    by: SourceScalarFieldEnum[] | SourceScalarFieldEnum
    having?: SourceScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: SourceCountAggregateInputType | true
    _avg?: SourceAvgAggregateInputType
    _sum?: SourceSumAggregateInputType
    _min?: SourceMinAggregateInputType
    _max?: SourceMaxAggregateInputType
  }

  export type SourceGroupByOutputType = {
    id: number
    kind: string
    name: string
    region: string | null
    accountId: string | null
    profile: string | null
    roleArn: string | null
    endpoint: string | null
    syncIntervalSec: number | null
    maxRequestsPerSec: number | null
    enabled: boolean
    createdAt: Date
    updatedAt: Date
    _count: SourceCountAggregateOutputType | null
    _avg: SourceAvgAggregateOutputType | null
    _sum: SourceSumAggregateOutputType | null
    _min: SourceMinAggregateOutputType | null
    _max: SourceMaxAggregateOutputType | null
  }

  type GetSourceGroupByPayload<T extends SourceGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<SourceGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof SourceGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], SourceGroupByOutputType[P]>
            : GetScalarType<T[P], SourceGroupByOutputType[P]>
        }
      >
    >


  export type SourceSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    kind?: boolean
    name?: boolean
    region?: boolean
    accountId?: boolean
    profile?: boolean
    roleArn?: boolean
    endpoint?: boolean
    syncIntervalSec?: boolean
    maxRequestsPerSec?: boolean
    enabled?: boolean
    createdAt?: boolean
    updatedAt?: boolean
    stateMachines?: boolean | Source$stateMachinesArgs<ExtArgs>
    executions?: boolean | Source$executionsArgs<ExtArgs>
    syncRuns?: boolean | Source$syncRunsArgs<ExtArgs>
    _count?: boolean | SourceCountOutputTypeDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["source"]>

  export type SourceSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    kind?: boolean
    name?: boolean
    region?: boolean
    accountId?: boolean
    profile?: boolean
    roleArn?: boolean
    endpoint?: boolean
    syncIntervalSec?: boolean
    maxRequestsPerSec?: boolean
    enabled?: boolean
    createdAt?: boolean
    updatedAt?: boolean
  }, ExtArgs["result"]["source"]>

  export type SourceSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    kind?: boolean
    name?: boolean
    region?: boolean
    accountId?: boolean
    profile?: boolean
    roleArn?: boolean
    endpoint?: boolean
    syncIntervalSec?: boolean
    maxRequestsPerSec?: boolean
    enabled?: boolean
    createdAt?: boolean
    updatedAt?: boolean
  }, ExtArgs["result"]["source"]>

  export type SourceSelectScalar = {
    id?: boolean
    kind?: boolean
    name?: boolean
    region?: boolean
    accountId?: boolean
    profile?: boolean
    roleArn?: boolean
    endpoint?: boolean
    syncIntervalSec?: boolean
    maxRequestsPerSec?: boolean
    enabled?: boolean
    createdAt?: boolean
    updatedAt?: boolean
  }

  export type SourceOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "kind" | "name" | "region" | "accountId" | "profile" | "roleArn" | "endpoint" | "syncIntervalSec" | "maxRequestsPerSec" | "enabled" | "createdAt" | "updatedAt", ExtArgs["result"]["source"]>
  export type SourceInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    stateMachines?: boolean | Source$stateMachinesArgs<ExtArgs>
    executions?: boolean | Source$executionsArgs<ExtArgs>
    syncRuns?: boolean | Source$syncRunsArgs<ExtArgs>
    _count?: boolean | SourceCountOutputTypeDefaultArgs<ExtArgs>
  }
  export type SourceIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {}
  export type SourceIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {}

  export type $SourcePayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "Source"
    objects: {
      stateMachines: Prisma.$StateMachinePayload<ExtArgs>[]
      executions: Prisma.$ExecutionPayload<ExtArgs>[]
      syncRuns: Prisma.$SyncRunPayload<ExtArgs>[]
    }
    scalars: $Extensions.GetPayloadResult<{
      id: number
      /**
       * AWS | LOCAL | IMPORT
       */
      kind: string
      /**
       * Unique label shown in the UI, e.g. "prod (eu-west-1)".
       */
      name: string
      /**
       * AWS region of the account, or the region the local engine mints ARNs for.
       */
      region: string | null
      /**
       * 12-digit account id, learnt from the ARNs once synced.
       */
      accountId: string | null
      /**
       * Named profile of the SDK's default credential chain; credentials themselves are never stored.
       */
      profile: string | null
      /**
       * Role to assume before calling AWS.
       */
      roleArn: string | null
      /**
       * Endpoint URL of a local engine (kind LOCAL).
       */
      endpoint: string | null
      /**
       * Seconds between background syncs; null = manual only.
       */
      syncIntervalSec: number | null
      /**
       * Ceiling on API requests per second the sync may use (below the token buckets of quotas.md §4).
       */
      maxRequestsPerSec: number | null
      enabled: boolean
      createdAt: Date
      updatedAt: Date
    }, ExtArgs["result"]["source"]>
    composites: {}
  }

  type SourceGetPayload<S extends boolean | null | undefined | SourceDefaultArgs> = $Result.GetResult<Prisma.$SourcePayload, S>

  type SourceCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<SourceFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: SourceCountAggregateInputType | true
    }

  export interface SourceDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['Source'], meta: { name: 'Source' } }
    /**
     * Find zero or one Source that matches the filter.
     * @param {SourceFindUniqueArgs} args - Arguments to find a Source
     * @example
     * // Get one Source
     * const source = await prisma.source.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends SourceFindUniqueArgs>(args: SelectSubset<T, SourceFindUniqueArgs<ExtArgs>>): Prisma__SourceClient<$Result.GetResult<Prisma.$SourcePayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one Source that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {SourceFindUniqueOrThrowArgs} args - Arguments to find a Source
     * @example
     * // Get one Source
     * const source = await prisma.source.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends SourceFindUniqueOrThrowArgs>(args: SelectSubset<T, SourceFindUniqueOrThrowArgs<ExtArgs>>): Prisma__SourceClient<$Result.GetResult<Prisma.$SourcePayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Source that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SourceFindFirstArgs} args - Arguments to find a Source
     * @example
     * // Get one Source
     * const source = await prisma.source.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends SourceFindFirstArgs>(args?: SelectSubset<T, SourceFindFirstArgs<ExtArgs>>): Prisma__SourceClient<$Result.GetResult<Prisma.$SourcePayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Source that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SourceFindFirstOrThrowArgs} args - Arguments to find a Source
     * @example
     * // Get one Source
     * const source = await prisma.source.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends SourceFindFirstOrThrowArgs>(args?: SelectSubset<T, SourceFindFirstOrThrowArgs<ExtArgs>>): Prisma__SourceClient<$Result.GetResult<Prisma.$SourcePayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more Sources that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SourceFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all Sources
     * const sources = await prisma.source.findMany()
     * 
     * // Get first 10 Sources
     * const sources = await prisma.source.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const sourceWithIdOnly = await prisma.source.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends SourceFindManyArgs>(args?: SelectSubset<T, SourceFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$SourcePayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a Source.
     * @param {SourceCreateArgs} args - Arguments to create a Source.
     * @example
     * // Create one Source
     * const Source = await prisma.source.create({
     *   data: {
     *     // ... data to create a Source
     *   }
     * })
     * 
     */
    create<T extends SourceCreateArgs>(args: SelectSubset<T, SourceCreateArgs<ExtArgs>>): Prisma__SourceClient<$Result.GetResult<Prisma.$SourcePayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many Sources.
     * @param {SourceCreateManyArgs} args - Arguments to create many Sources.
     * @example
     * // Create many Sources
     * const source = await prisma.source.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends SourceCreateManyArgs>(args?: SelectSubset<T, SourceCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many Sources and returns the data saved in the database.
     * @param {SourceCreateManyAndReturnArgs} args - Arguments to create many Sources.
     * @example
     * // Create many Sources
     * const source = await prisma.source.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many Sources and only return the `id`
     * const sourceWithIdOnly = await prisma.source.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends SourceCreateManyAndReturnArgs>(args?: SelectSubset<T, SourceCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$SourcePayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a Source.
     * @param {SourceDeleteArgs} args - Arguments to delete one Source.
     * @example
     * // Delete one Source
     * const Source = await prisma.source.delete({
     *   where: {
     *     // ... filter to delete one Source
     *   }
     * })
     * 
     */
    delete<T extends SourceDeleteArgs>(args: SelectSubset<T, SourceDeleteArgs<ExtArgs>>): Prisma__SourceClient<$Result.GetResult<Prisma.$SourcePayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one Source.
     * @param {SourceUpdateArgs} args - Arguments to update one Source.
     * @example
     * // Update one Source
     * const source = await prisma.source.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends SourceUpdateArgs>(args: SelectSubset<T, SourceUpdateArgs<ExtArgs>>): Prisma__SourceClient<$Result.GetResult<Prisma.$SourcePayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more Sources.
     * @param {SourceDeleteManyArgs} args - Arguments to filter Sources to delete.
     * @example
     * // Delete a few Sources
     * const { count } = await prisma.source.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends SourceDeleteManyArgs>(args?: SelectSubset<T, SourceDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Sources.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SourceUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many Sources
     * const source = await prisma.source.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends SourceUpdateManyArgs>(args: SelectSubset<T, SourceUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Sources and returns the data updated in the database.
     * @param {SourceUpdateManyAndReturnArgs} args - Arguments to update many Sources.
     * @example
     * // Update many Sources
     * const source = await prisma.source.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more Sources and only return the `id`
     * const sourceWithIdOnly = await prisma.source.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends SourceUpdateManyAndReturnArgs>(args: SelectSubset<T, SourceUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$SourcePayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one Source.
     * @param {SourceUpsertArgs} args - Arguments to update or create a Source.
     * @example
     * // Update or create a Source
     * const source = await prisma.source.upsert({
     *   create: {
     *     // ... data to create a Source
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the Source we want to update
     *   }
     * })
     */
    upsert<T extends SourceUpsertArgs>(args: SelectSubset<T, SourceUpsertArgs<ExtArgs>>): Prisma__SourceClient<$Result.GetResult<Prisma.$SourcePayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of Sources.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SourceCountArgs} args - Arguments to filter Sources to count.
     * @example
     * // Count the number of Sources
     * const count = await prisma.source.count({
     *   where: {
     *     // ... the filter for the Sources we want to count
     *   }
     * })
    **/
    count<T extends SourceCountArgs>(
      args?: Subset<T, SourceCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], SourceCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a Source.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SourceAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends SourceAggregateArgs>(args: Subset<T, SourceAggregateArgs>): Prisma.PrismaPromise<GetSourceAggregateType<T>>

    /**
     * Group by Source.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SourceGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends SourceGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: SourceGroupByArgs['orderBy'] }
        : { orderBy?: SourceGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, SourceGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetSourceGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the Source model
   */
  readonly fields: SourceFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for Source.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__SourceClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    stateMachines<T extends Source$stateMachinesArgs<ExtArgs> = {}>(args?: Subset<T, Source$stateMachinesArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$StateMachinePayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    executions<T extends Source$executionsArgs<ExtArgs> = {}>(args?: Subset<T, Source$executionsArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ExecutionPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    syncRuns<T extends Source$syncRunsArgs<ExtArgs> = {}>(args?: Subset<T, Source$syncRunsArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$SyncRunPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the Source model
   */
  interface SourceFieldRefs {
    readonly id: FieldRef<"Source", 'Int'>
    readonly kind: FieldRef<"Source", 'String'>
    readonly name: FieldRef<"Source", 'String'>
    readonly region: FieldRef<"Source", 'String'>
    readonly accountId: FieldRef<"Source", 'String'>
    readonly profile: FieldRef<"Source", 'String'>
    readonly roleArn: FieldRef<"Source", 'String'>
    readonly endpoint: FieldRef<"Source", 'String'>
    readonly syncIntervalSec: FieldRef<"Source", 'Int'>
    readonly maxRequestsPerSec: FieldRef<"Source", 'Float'>
    readonly enabled: FieldRef<"Source", 'Boolean'>
    readonly createdAt: FieldRef<"Source", 'DateTime'>
    readonly updatedAt: FieldRef<"Source", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * Source findUnique
   */
  export type SourceFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Source
     */
    select?: SourceSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Source
     */
    omit?: SourceOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SourceInclude<ExtArgs> | null
    /**
     * Filter, which Source to fetch.
     */
    where: SourceWhereUniqueInput
  }

  /**
   * Source findUniqueOrThrow
   */
  export type SourceFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Source
     */
    select?: SourceSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Source
     */
    omit?: SourceOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SourceInclude<ExtArgs> | null
    /**
     * Filter, which Source to fetch.
     */
    where: SourceWhereUniqueInput
  }

  /**
   * Source findFirst
   */
  export type SourceFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Source
     */
    select?: SourceSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Source
     */
    omit?: SourceOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SourceInclude<ExtArgs> | null
    /**
     * Filter, which Source to fetch.
     */
    where?: SourceWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Sources to fetch.
     */
    orderBy?: SourceOrderByWithRelationInput | SourceOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Sources.
     */
    cursor?: SourceWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Sources from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Sources.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Sources.
     */
    distinct?: SourceScalarFieldEnum | SourceScalarFieldEnum[]
  }

  /**
   * Source findFirstOrThrow
   */
  export type SourceFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Source
     */
    select?: SourceSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Source
     */
    omit?: SourceOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SourceInclude<ExtArgs> | null
    /**
     * Filter, which Source to fetch.
     */
    where?: SourceWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Sources to fetch.
     */
    orderBy?: SourceOrderByWithRelationInput | SourceOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Sources.
     */
    cursor?: SourceWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Sources from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Sources.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Sources.
     */
    distinct?: SourceScalarFieldEnum | SourceScalarFieldEnum[]
  }

  /**
   * Source findMany
   */
  export type SourceFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Source
     */
    select?: SourceSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Source
     */
    omit?: SourceOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SourceInclude<ExtArgs> | null
    /**
     * Filter, which Sources to fetch.
     */
    where?: SourceWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Sources to fetch.
     */
    orderBy?: SourceOrderByWithRelationInput | SourceOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing Sources.
     */
    cursor?: SourceWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Sources from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Sources.
     */
    skip?: number
    distinct?: SourceScalarFieldEnum | SourceScalarFieldEnum[]
  }

  /**
   * Source create
   */
  export type SourceCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Source
     */
    select?: SourceSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Source
     */
    omit?: SourceOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SourceInclude<ExtArgs> | null
    /**
     * The data needed to create a Source.
     */
    data: XOR<SourceCreateInput, SourceUncheckedCreateInput>
  }

  /**
   * Source createMany
   */
  export type SourceCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many Sources.
     */
    data: SourceCreateManyInput | SourceCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * Source createManyAndReturn
   */
  export type SourceCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Source
     */
    select?: SourceSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Source
     */
    omit?: SourceOmit<ExtArgs> | null
    /**
     * The data used to create many Sources.
     */
    data: SourceCreateManyInput | SourceCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * Source update
   */
  export type SourceUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Source
     */
    select?: SourceSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Source
     */
    omit?: SourceOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SourceInclude<ExtArgs> | null
    /**
     * The data needed to update a Source.
     */
    data: XOR<SourceUpdateInput, SourceUncheckedUpdateInput>
    /**
     * Choose, which Source to update.
     */
    where: SourceWhereUniqueInput
  }

  /**
   * Source updateMany
   */
  export type SourceUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update Sources.
     */
    data: XOR<SourceUpdateManyMutationInput, SourceUncheckedUpdateManyInput>
    /**
     * Filter which Sources to update
     */
    where?: SourceWhereInput
    /**
     * Limit how many Sources to update.
     */
    limit?: number
  }

  /**
   * Source updateManyAndReturn
   */
  export type SourceUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Source
     */
    select?: SourceSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Source
     */
    omit?: SourceOmit<ExtArgs> | null
    /**
     * The data used to update Sources.
     */
    data: XOR<SourceUpdateManyMutationInput, SourceUncheckedUpdateManyInput>
    /**
     * Filter which Sources to update
     */
    where?: SourceWhereInput
    /**
     * Limit how many Sources to update.
     */
    limit?: number
  }

  /**
   * Source upsert
   */
  export type SourceUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Source
     */
    select?: SourceSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Source
     */
    omit?: SourceOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SourceInclude<ExtArgs> | null
    /**
     * The filter to search for the Source to update in case it exists.
     */
    where: SourceWhereUniqueInput
    /**
     * In case the Source found by the `where` argument doesn't exist, create a new Source with this data.
     */
    create: XOR<SourceCreateInput, SourceUncheckedCreateInput>
    /**
     * In case the Source was found with the provided `where` argument, update it with this data.
     */
    update: XOR<SourceUpdateInput, SourceUncheckedUpdateInput>
  }

  /**
   * Source delete
   */
  export type SourceDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Source
     */
    select?: SourceSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Source
     */
    omit?: SourceOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SourceInclude<ExtArgs> | null
    /**
     * Filter which Source to delete.
     */
    where: SourceWhereUniqueInput
  }

  /**
   * Source deleteMany
   */
  export type SourceDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Sources to delete
     */
    where?: SourceWhereInput
    /**
     * Limit how many Sources to delete.
     */
    limit?: number
  }

  /**
   * Source.stateMachines
   */
  export type Source$stateMachinesArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachine
     */
    select?: StateMachineSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachine
     */
    omit?: StateMachineOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineInclude<ExtArgs> | null
    where?: StateMachineWhereInput
    orderBy?: StateMachineOrderByWithRelationInput | StateMachineOrderByWithRelationInput[]
    cursor?: StateMachineWhereUniqueInput
    take?: number
    skip?: number
    distinct?: StateMachineScalarFieldEnum | StateMachineScalarFieldEnum[]
  }

  /**
   * Source.executions
   */
  export type Source$executionsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Execution
     */
    select?: ExecutionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Execution
     */
    omit?: ExecutionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ExecutionInclude<ExtArgs> | null
    where?: ExecutionWhereInput
    orderBy?: ExecutionOrderByWithRelationInput | ExecutionOrderByWithRelationInput[]
    cursor?: ExecutionWhereUniqueInput
    take?: number
    skip?: number
    distinct?: ExecutionScalarFieldEnum | ExecutionScalarFieldEnum[]
  }

  /**
   * Source.syncRuns
   */
  export type Source$syncRunsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SyncRun
     */
    select?: SyncRunSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SyncRun
     */
    omit?: SyncRunOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SyncRunInclude<ExtArgs> | null
    where?: SyncRunWhereInput
    orderBy?: SyncRunOrderByWithRelationInput | SyncRunOrderByWithRelationInput[]
    cursor?: SyncRunWhereUniqueInput
    take?: number
    skip?: number
    distinct?: SyncRunScalarFieldEnum | SyncRunScalarFieldEnum[]
  }

  /**
   * Source without action
   */
  export type SourceDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Source
     */
    select?: SourceSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Source
     */
    omit?: SourceOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SourceInclude<ExtArgs> | null
  }


  /**
   * Model SyncRun
   */

  export type AggregateSyncRun = {
    _count: SyncRunCountAggregateOutputType | null
    _avg: SyncRunAvgAggregateOutputType | null
    _sum: SyncRunSumAggregateOutputType | null
    _min: SyncRunMinAggregateOutputType | null
    _max: SyncRunMaxAggregateOutputType | null
  }

  export type SyncRunAvgAggregateOutputType = {
    id: number | null
    sourceId: number | null
    stateMachinesSeen: number | null
    executionsSeen: number | null
    executionsWritten: number | null
    eventsWritten: number | null
    requestsMade: number | null
    throttledRequests: number | null
    progress: number | null
  }

  export type SyncRunSumAggregateOutputType = {
    id: number | null
    sourceId: number | null
    stateMachinesSeen: number | null
    executionsSeen: number | null
    executionsWritten: number | null
    eventsWritten: number | null
    requestsMade: number | null
    throttledRequests: number | null
    progress: number | null
  }

  export type SyncRunMinAggregateOutputType = {
    id: number | null
    sourceId: number | null
    kind: string | null
    status: string | null
    startedAt: Date | null
    finishedAt: Date | null
    stateMachinesSeen: number | null
    executionsSeen: number | null
    executionsWritten: number | null
    eventsWritten: number | null
    requestsMade: number | null
    throttledRequests: number | null
    progress: number | null
    error: string | null
  }

  export type SyncRunMaxAggregateOutputType = {
    id: number | null
    sourceId: number | null
    kind: string | null
    status: string | null
    startedAt: Date | null
    finishedAt: Date | null
    stateMachinesSeen: number | null
    executionsSeen: number | null
    executionsWritten: number | null
    eventsWritten: number | null
    requestsMade: number | null
    throttledRequests: number | null
    progress: number | null
    error: string | null
  }

  export type SyncRunCountAggregateOutputType = {
    id: number
    sourceId: number
    kind: number
    status: number
    startedAt: number
    finishedAt: number
    stateMachinesSeen: number
    executionsSeen: number
    executionsWritten: number
    eventsWritten: number
    requestsMade: number
    throttledRequests: number
    progress: number
    error: number
    checkpoint: number
    _all: number
  }


  export type SyncRunAvgAggregateInputType = {
    id?: true
    sourceId?: true
    stateMachinesSeen?: true
    executionsSeen?: true
    executionsWritten?: true
    eventsWritten?: true
    requestsMade?: true
    throttledRequests?: true
    progress?: true
  }

  export type SyncRunSumAggregateInputType = {
    id?: true
    sourceId?: true
    stateMachinesSeen?: true
    executionsSeen?: true
    executionsWritten?: true
    eventsWritten?: true
    requestsMade?: true
    throttledRequests?: true
    progress?: true
  }

  export type SyncRunMinAggregateInputType = {
    id?: true
    sourceId?: true
    kind?: true
    status?: true
    startedAt?: true
    finishedAt?: true
    stateMachinesSeen?: true
    executionsSeen?: true
    executionsWritten?: true
    eventsWritten?: true
    requestsMade?: true
    throttledRequests?: true
    progress?: true
    error?: true
  }

  export type SyncRunMaxAggregateInputType = {
    id?: true
    sourceId?: true
    kind?: true
    status?: true
    startedAt?: true
    finishedAt?: true
    stateMachinesSeen?: true
    executionsSeen?: true
    executionsWritten?: true
    eventsWritten?: true
    requestsMade?: true
    throttledRequests?: true
    progress?: true
    error?: true
  }

  export type SyncRunCountAggregateInputType = {
    id?: true
    sourceId?: true
    kind?: true
    status?: true
    startedAt?: true
    finishedAt?: true
    stateMachinesSeen?: true
    executionsSeen?: true
    executionsWritten?: true
    eventsWritten?: true
    requestsMade?: true
    throttledRequests?: true
    progress?: true
    error?: true
    checkpoint?: true
    _all?: true
  }

  export type SyncRunAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which SyncRun to aggregate.
     */
    where?: SyncRunWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of SyncRuns to fetch.
     */
    orderBy?: SyncRunOrderByWithRelationInput | SyncRunOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: SyncRunWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` SyncRuns from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` SyncRuns.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned SyncRuns
    **/
    _count?: true | SyncRunCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to average
    **/
    _avg?: SyncRunAvgAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to sum
    **/
    _sum?: SyncRunSumAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: SyncRunMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: SyncRunMaxAggregateInputType
  }

  export type GetSyncRunAggregateType<T extends SyncRunAggregateArgs> = {
        [P in keyof T & keyof AggregateSyncRun]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateSyncRun[P]>
      : GetScalarType<T[P], AggregateSyncRun[P]>
  }




  export type SyncRunGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: SyncRunWhereInput
    orderBy?: SyncRunOrderByWithAggregationInput | SyncRunOrderByWithAggregationInput[]
    by: SyncRunScalarFieldEnum[] | SyncRunScalarFieldEnum
    having?: SyncRunScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: SyncRunCountAggregateInputType | true
    _avg?: SyncRunAvgAggregateInputType
    _sum?: SyncRunSumAggregateInputType
    _min?: SyncRunMinAggregateInputType
    _max?: SyncRunMaxAggregateInputType
  }

  export type SyncRunGroupByOutputType = {
    id: number
    sourceId: number
    kind: string
    status: string
    startedAt: Date
    finishedAt: Date | null
    stateMachinesSeen: number
    executionsSeen: number
    executionsWritten: number
    eventsWritten: number
    requestsMade: number
    throttledRequests: number
    progress: number
    error: string | null
    checkpoint: JsonValue | null
    _count: SyncRunCountAggregateOutputType | null
    _avg: SyncRunAvgAggregateOutputType | null
    _sum: SyncRunSumAggregateOutputType | null
    _min: SyncRunMinAggregateOutputType | null
    _max: SyncRunMaxAggregateOutputType | null
  }

  type GetSyncRunGroupByPayload<T extends SyncRunGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<SyncRunGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof SyncRunGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], SyncRunGroupByOutputType[P]>
            : GetScalarType<T[P], SyncRunGroupByOutputType[P]>
        }
      >
    >


  export type SyncRunSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    sourceId?: boolean
    kind?: boolean
    status?: boolean
    startedAt?: boolean
    finishedAt?: boolean
    stateMachinesSeen?: boolean
    executionsSeen?: boolean
    executionsWritten?: boolean
    eventsWritten?: boolean
    requestsMade?: boolean
    throttledRequests?: boolean
    progress?: boolean
    error?: boolean
    checkpoint?: boolean
    source?: boolean | SourceDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["syncRun"]>

  export type SyncRunSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    sourceId?: boolean
    kind?: boolean
    status?: boolean
    startedAt?: boolean
    finishedAt?: boolean
    stateMachinesSeen?: boolean
    executionsSeen?: boolean
    executionsWritten?: boolean
    eventsWritten?: boolean
    requestsMade?: boolean
    throttledRequests?: boolean
    progress?: boolean
    error?: boolean
    checkpoint?: boolean
    source?: boolean | SourceDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["syncRun"]>

  export type SyncRunSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    sourceId?: boolean
    kind?: boolean
    status?: boolean
    startedAt?: boolean
    finishedAt?: boolean
    stateMachinesSeen?: boolean
    executionsSeen?: boolean
    executionsWritten?: boolean
    eventsWritten?: boolean
    requestsMade?: boolean
    throttledRequests?: boolean
    progress?: boolean
    error?: boolean
    checkpoint?: boolean
    source?: boolean | SourceDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["syncRun"]>

  export type SyncRunSelectScalar = {
    id?: boolean
    sourceId?: boolean
    kind?: boolean
    status?: boolean
    startedAt?: boolean
    finishedAt?: boolean
    stateMachinesSeen?: boolean
    executionsSeen?: boolean
    executionsWritten?: boolean
    eventsWritten?: boolean
    requestsMade?: boolean
    throttledRequests?: boolean
    progress?: boolean
    error?: boolean
    checkpoint?: boolean
  }

  export type SyncRunOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "sourceId" | "kind" | "status" | "startedAt" | "finishedAt" | "stateMachinesSeen" | "executionsSeen" | "executionsWritten" | "eventsWritten" | "requestsMade" | "throttledRequests" | "progress" | "error" | "checkpoint", ExtArgs["result"]["syncRun"]>
  export type SyncRunInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    source?: boolean | SourceDefaultArgs<ExtArgs>
  }
  export type SyncRunIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    source?: boolean | SourceDefaultArgs<ExtArgs>
  }
  export type SyncRunIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    source?: boolean | SourceDefaultArgs<ExtArgs>
  }

  export type $SyncRunPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "SyncRun"
    objects: {
      source: Prisma.$SourcePayload<ExtArgs>
    }
    scalars: $Extensions.GetPayloadResult<{
      id: number
      sourceId: number
      /**
       * SYNC | IMPORT
       */
      kind: string
      /**
       * RUNNING | SUCCEEDED | FAILED
       */
      status: string
      startedAt: Date
      finishedAt: Date | null
      stateMachinesSeen: number
      executionsSeen: number
      executionsWritten: number
      eventsWritten: number
      requestsMade: number
      throttledRequests: number
      /**
       * 0..1 while running.
       */
      progress: number
      /**
       * What went wrong, worded for the user.
       */
      error: string | null
      /**
       * Resume point of an interrupted run (JSON: cursors per state machine).
       */
      checkpoint: Prisma.JsonValue | null
    }, ExtArgs["result"]["syncRun"]>
    composites: {}
  }

  type SyncRunGetPayload<S extends boolean | null | undefined | SyncRunDefaultArgs> = $Result.GetResult<Prisma.$SyncRunPayload, S>

  type SyncRunCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<SyncRunFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: SyncRunCountAggregateInputType | true
    }

  export interface SyncRunDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['SyncRun'], meta: { name: 'SyncRun' } }
    /**
     * Find zero or one SyncRun that matches the filter.
     * @param {SyncRunFindUniqueArgs} args - Arguments to find a SyncRun
     * @example
     * // Get one SyncRun
     * const syncRun = await prisma.syncRun.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends SyncRunFindUniqueArgs>(args: SelectSubset<T, SyncRunFindUniqueArgs<ExtArgs>>): Prisma__SyncRunClient<$Result.GetResult<Prisma.$SyncRunPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one SyncRun that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {SyncRunFindUniqueOrThrowArgs} args - Arguments to find a SyncRun
     * @example
     * // Get one SyncRun
     * const syncRun = await prisma.syncRun.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends SyncRunFindUniqueOrThrowArgs>(args: SelectSubset<T, SyncRunFindUniqueOrThrowArgs<ExtArgs>>): Prisma__SyncRunClient<$Result.GetResult<Prisma.$SyncRunPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first SyncRun that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SyncRunFindFirstArgs} args - Arguments to find a SyncRun
     * @example
     * // Get one SyncRun
     * const syncRun = await prisma.syncRun.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends SyncRunFindFirstArgs>(args?: SelectSubset<T, SyncRunFindFirstArgs<ExtArgs>>): Prisma__SyncRunClient<$Result.GetResult<Prisma.$SyncRunPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first SyncRun that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SyncRunFindFirstOrThrowArgs} args - Arguments to find a SyncRun
     * @example
     * // Get one SyncRun
     * const syncRun = await prisma.syncRun.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends SyncRunFindFirstOrThrowArgs>(args?: SelectSubset<T, SyncRunFindFirstOrThrowArgs<ExtArgs>>): Prisma__SyncRunClient<$Result.GetResult<Prisma.$SyncRunPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more SyncRuns that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SyncRunFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all SyncRuns
     * const syncRuns = await prisma.syncRun.findMany()
     * 
     * // Get first 10 SyncRuns
     * const syncRuns = await prisma.syncRun.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const syncRunWithIdOnly = await prisma.syncRun.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends SyncRunFindManyArgs>(args?: SelectSubset<T, SyncRunFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$SyncRunPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a SyncRun.
     * @param {SyncRunCreateArgs} args - Arguments to create a SyncRun.
     * @example
     * // Create one SyncRun
     * const SyncRun = await prisma.syncRun.create({
     *   data: {
     *     // ... data to create a SyncRun
     *   }
     * })
     * 
     */
    create<T extends SyncRunCreateArgs>(args: SelectSubset<T, SyncRunCreateArgs<ExtArgs>>): Prisma__SyncRunClient<$Result.GetResult<Prisma.$SyncRunPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many SyncRuns.
     * @param {SyncRunCreateManyArgs} args - Arguments to create many SyncRuns.
     * @example
     * // Create many SyncRuns
     * const syncRun = await prisma.syncRun.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends SyncRunCreateManyArgs>(args?: SelectSubset<T, SyncRunCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many SyncRuns and returns the data saved in the database.
     * @param {SyncRunCreateManyAndReturnArgs} args - Arguments to create many SyncRuns.
     * @example
     * // Create many SyncRuns
     * const syncRun = await prisma.syncRun.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many SyncRuns and only return the `id`
     * const syncRunWithIdOnly = await prisma.syncRun.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends SyncRunCreateManyAndReturnArgs>(args?: SelectSubset<T, SyncRunCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$SyncRunPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a SyncRun.
     * @param {SyncRunDeleteArgs} args - Arguments to delete one SyncRun.
     * @example
     * // Delete one SyncRun
     * const SyncRun = await prisma.syncRun.delete({
     *   where: {
     *     // ... filter to delete one SyncRun
     *   }
     * })
     * 
     */
    delete<T extends SyncRunDeleteArgs>(args: SelectSubset<T, SyncRunDeleteArgs<ExtArgs>>): Prisma__SyncRunClient<$Result.GetResult<Prisma.$SyncRunPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one SyncRun.
     * @param {SyncRunUpdateArgs} args - Arguments to update one SyncRun.
     * @example
     * // Update one SyncRun
     * const syncRun = await prisma.syncRun.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends SyncRunUpdateArgs>(args: SelectSubset<T, SyncRunUpdateArgs<ExtArgs>>): Prisma__SyncRunClient<$Result.GetResult<Prisma.$SyncRunPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more SyncRuns.
     * @param {SyncRunDeleteManyArgs} args - Arguments to filter SyncRuns to delete.
     * @example
     * // Delete a few SyncRuns
     * const { count } = await prisma.syncRun.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends SyncRunDeleteManyArgs>(args?: SelectSubset<T, SyncRunDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more SyncRuns.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SyncRunUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many SyncRuns
     * const syncRun = await prisma.syncRun.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends SyncRunUpdateManyArgs>(args: SelectSubset<T, SyncRunUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more SyncRuns and returns the data updated in the database.
     * @param {SyncRunUpdateManyAndReturnArgs} args - Arguments to update many SyncRuns.
     * @example
     * // Update many SyncRuns
     * const syncRun = await prisma.syncRun.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more SyncRuns and only return the `id`
     * const syncRunWithIdOnly = await prisma.syncRun.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends SyncRunUpdateManyAndReturnArgs>(args: SelectSubset<T, SyncRunUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$SyncRunPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one SyncRun.
     * @param {SyncRunUpsertArgs} args - Arguments to update or create a SyncRun.
     * @example
     * // Update or create a SyncRun
     * const syncRun = await prisma.syncRun.upsert({
     *   create: {
     *     // ... data to create a SyncRun
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the SyncRun we want to update
     *   }
     * })
     */
    upsert<T extends SyncRunUpsertArgs>(args: SelectSubset<T, SyncRunUpsertArgs<ExtArgs>>): Prisma__SyncRunClient<$Result.GetResult<Prisma.$SyncRunPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of SyncRuns.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SyncRunCountArgs} args - Arguments to filter SyncRuns to count.
     * @example
     * // Count the number of SyncRuns
     * const count = await prisma.syncRun.count({
     *   where: {
     *     // ... the filter for the SyncRuns we want to count
     *   }
     * })
    **/
    count<T extends SyncRunCountArgs>(
      args?: Subset<T, SyncRunCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], SyncRunCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a SyncRun.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SyncRunAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends SyncRunAggregateArgs>(args: Subset<T, SyncRunAggregateArgs>): Prisma.PrismaPromise<GetSyncRunAggregateType<T>>

    /**
     * Group by SyncRun.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SyncRunGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends SyncRunGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: SyncRunGroupByArgs['orderBy'] }
        : { orderBy?: SyncRunGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, SyncRunGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetSyncRunGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the SyncRun model
   */
  readonly fields: SyncRunFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for SyncRun.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__SyncRunClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    source<T extends SourceDefaultArgs<ExtArgs> = {}>(args?: Subset<T, SourceDefaultArgs<ExtArgs>>): Prisma__SourceClient<$Result.GetResult<Prisma.$SourcePayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the SyncRun model
   */
  interface SyncRunFieldRefs {
    readonly id: FieldRef<"SyncRun", 'Int'>
    readonly sourceId: FieldRef<"SyncRun", 'Int'>
    readonly kind: FieldRef<"SyncRun", 'String'>
    readonly status: FieldRef<"SyncRun", 'String'>
    readonly startedAt: FieldRef<"SyncRun", 'DateTime'>
    readonly finishedAt: FieldRef<"SyncRun", 'DateTime'>
    readonly stateMachinesSeen: FieldRef<"SyncRun", 'Int'>
    readonly executionsSeen: FieldRef<"SyncRun", 'Int'>
    readonly executionsWritten: FieldRef<"SyncRun", 'Int'>
    readonly eventsWritten: FieldRef<"SyncRun", 'Int'>
    readonly requestsMade: FieldRef<"SyncRun", 'Int'>
    readonly throttledRequests: FieldRef<"SyncRun", 'Int'>
    readonly progress: FieldRef<"SyncRun", 'Float'>
    readonly error: FieldRef<"SyncRun", 'String'>
    readonly checkpoint: FieldRef<"SyncRun", 'Json'>
  }
    

  // Custom InputTypes
  /**
   * SyncRun findUnique
   */
  export type SyncRunFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SyncRun
     */
    select?: SyncRunSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SyncRun
     */
    omit?: SyncRunOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SyncRunInclude<ExtArgs> | null
    /**
     * Filter, which SyncRun to fetch.
     */
    where: SyncRunWhereUniqueInput
  }

  /**
   * SyncRun findUniqueOrThrow
   */
  export type SyncRunFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SyncRun
     */
    select?: SyncRunSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SyncRun
     */
    omit?: SyncRunOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SyncRunInclude<ExtArgs> | null
    /**
     * Filter, which SyncRun to fetch.
     */
    where: SyncRunWhereUniqueInput
  }

  /**
   * SyncRun findFirst
   */
  export type SyncRunFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SyncRun
     */
    select?: SyncRunSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SyncRun
     */
    omit?: SyncRunOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SyncRunInclude<ExtArgs> | null
    /**
     * Filter, which SyncRun to fetch.
     */
    where?: SyncRunWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of SyncRuns to fetch.
     */
    orderBy?: SyncRunOrderByWithRelationInput | SyncRunOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for SyncRuns.
     */
    cursor?: SyncRunWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` SyncRuns from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` SyncRuns.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of SyncRuns.
     */
    distinct?: SyncRunScalarFieldEnum | SyncRunScalarFieldEnum[]
  }

  /**
   * SyncRun findFirstOrThrow
   */
  export type SyncRunFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SyncRun
     */
    select?: SyncRunSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SyncRun
     */
    omit?: SyncRunOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SyncRunInclude<ExtArgs> | null
    /**
     * Filter, which SyncRun to fetch.
     */
    where?: SyncRunWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of SyncRuns to fetch.
     */
    orderBy?: SyncRunOrderByWithRelationInput | SyncRunOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for SyncRuns.
     */
    cursor?: SyncRunWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` SyncRuns from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` SyncRuns.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of SyncRuns.
     */
    distinct?: SyncRunScalarFieldEnum | SyncRunScalarFieldEnum[]
  }

  /**
   * SyncRun findMany
   */
  export type SyncRunFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SyncRun
     */
    select?: SyncRunSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SyncRun
     */
    omit?: SyncRunOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SyncRunInclude<ExtArgs> | null
    /**
     * Filter, which SyncRuns to fetch.
     */
    where?: SyncRunWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of SyncRuns to fetch.
     */
    orderBy?: SyncRunOrderByWithRelationInput | SyncRunOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing SyncRuns.
     */
    cursor?: SyncRunWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` SyncRuns from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` SyncRuns.
     */
    skip?: number
    distinct?: SyncRunScalarFieldEnum | SyncRunScalarFieldEnum[]
  }

  /**
   * SyncRun create
   */
  export type SyncRunCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SyncRun
     */
    select?: SyncRunSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SyncRun
     */
    omit?: SyncRunOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SyncRunInclude<ExtArgs> | null
    /**
     * The data needed to create a SyncRun.
     */
    data: XOR<SyncRunCreateInput, SyncRunUncheckedCreateInput>
  }

  /**
   * SyncRun createMany
   */
  export type SyncRunCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many SyncRuns.
     */
    data: SyncRunCreateManyInput | SyncRunCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * SyncRun createManyAndReturn
   */
  export type SyncRunCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SyncRun
     */
    select?: SyncRunSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the SyncRun
     */
    omit?: SyncRunOmit<ExtArgs> | null
    /**
     * The data used to create many SyncRuns.
     */
    data: SyncRunCreateManyInput | SyncRunCreateManyInput[]
    skipDuplicates?: boolean
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SyncRunIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * SyncRun update
   */
  export type SyncRunUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SyncRun
     */
    select?: SyncRunSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SyncRun
     */
    omit?: SyncRunOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SyncRunInclude<ExtArgs> | null
    /**
     * The data needed to update a SyncRun.
     */
    data: XOR<SyncRunUpdateInput, SyncRunUncheckedUpdateInput>
    /**
     * Choose, which SyncRun to update.
     */
    where: SyncRunWhereUniqueInput
  }

  /**
   * SyncRun updateMany
   */
  export type SyncRunUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update SyncRuns.
     */
    data: XOR<SyncRunUpdateManyMutationInput, SyncRunUncheckedUpdateManyInput>
    /**
     * Filter which SyncRuns to update
     */
    where?: SyncRunWhereInput
    /**
     * Limit how many SyncRuns to update.
     */
    limit?: number
  }

  /**
   * SyncRun updateManyAndReturn
   */
  export type SyncRunUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SyncRun
     */
    select?: SyncRunSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the SyncRun
     */
    omit?: SyncRunOmit<ExtArgs> | null
    /**
     * The data used to update SyncRuns.
     */
    data: XOR<SyncRunUpdateManyMutationInput, SyncRunUncheckedUpdateManyInput>
    /**
     * Filter which SyncRuns to update
     */
    where?: SyncRunWhereInput
    /**
     * Limit how many SyncRuns to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SyncRunIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * SyncRun upsert
   */
  export type SyncRunUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SyncRun
     */
    select?: SyncRunSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SyncRun
     */
    omit?: SyncRunOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SyncRunInclude<ExtArgs> | null
    /**
     * The filter to search for the SyncRun to update in case it exists.
     */
    where: SyncRunWhereUniqueInput
    /**
     * In case the SyncRun found by the `where` argument doesn't exist, create a new SyncRun with this data.
     */
    create: XOR<SyncRunCreateInput, SyncRunUncheckedCreateInput>
    /**
     * In case the SyncRun was found with the provided `where` argument, update it with this data.
     */
    update: XOR<SyncRunUpdateInput, SyncRunUncheckedUpdateInput>
  }

  /**
   * SyncRun delete
   */
  export type SyncRunDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SyncRun
     */
    select?: SyncRunSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SyncRun
     */
    omit?: SyncRunOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SyncRunInclude<ExtArgs> | null
    /**
     * Filter which SyncRun to delete.
     */
    where: SyncRunWhereUniqueInput
  }

  /**
   * SyncRun deleteMany
   */
  export type SyncRunDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which SyncRuns to delete
     */
    where?: SyncRunWhereInput
    /**
     * Limit how many SyncRuns to delete.
     */
    limit?: number
  }

  /**
   * SyncRun without action
   */
  export type SyncRunDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SyncRun
     */
    select?: SyncRunSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SyncRun
     */
    omit?: SyncRunOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SyncRunInclude<ExtArgs> | null
  }


  /**
   * Model StateMachine
   */

  export type AggregateStateMachine = {
    _count: StateMachineCountAggregateOutputType | null
    _avg: StateMachineAvgAggregateOutputType | null
    _sum: StateMachineSumAggregateOutputType | null
    _min: StateMachineMinAggregateOutputType | null
    _max: StateMachineMaxAggregateOutputType | null
  }

  export type StateMachineAvgAggregateOutputType = {
    id: number | null
    sourceId: number | null
  }

  export type StateMachineSumAggregateOutputType = {
    id: number | null
    sourceId: number | null
  }

  export type StateMachineMinAggregateOutputType = {
    id: number | null
    arn: string | null
    name: string | null
    type: string | null
    status: string | null
    roleArn: string | null
    logGroupArn: string | null
    createdAt: Date | null
    sourceId: number | null
    lastSyncedAt: Date | null
    syncedUntil: Date | null
  }

  export type StateMachineMaxAggregateOutputType = {
    id: number | null
    arn: string | null
    name: string | null
    type: string | null
    status: string | null
    roleArn: string | null
    logGroupArn: string | null
    createdAt: Date | null
    sourceId: number | null
    lastSyncedAt: Date | null
    syncedUntil: Date | null
  }

  export type StateMachineCountAggregateOutputType = {
    id: number
    arn: number
    name: number
    type: number
    status: number
    roleArn: number
    logGroupArn: number
    createdAt: number
    sourceId: number
    lastSyncedAt: number
    syncedUntil: number
    _all: number
  }


  export type StateMachineAvgAggregateInputType = {
    id?: true
    sourceId?: true
  }

  export type StateMachineSumAggregateInputType = {
    id?: true
    sourceId?: true
  }

  export type StateMachineMinAggregateInputType = {
    id?: true
    arn?: true
    name?: true
    type?: true
    status?: true
    roleArn?: true
    logGroupArn?: true
    createdAt?: true
    sourceId?: true
    lastSyncedAt?: true
    syncedUntil?: true
  }

  export type StateMachineMaxAggregateInputType = {
    id?: true
    arn?: true
    name?: true
    type?: true
    status?: true
    roleArn?: true
    logGroupArn?: true
    createdAt?: true
    sourceId?: true
    lastSyncedAt?: true
    syncedUntil?: true
  }

  export type StateMachineCountAggregateInputType = {
    id?: true
    arn?: true
    name?: true
    type?: true
    status?: true
    roleArn?: true
    logGroupArn?: true
    createdAt?: true
    sourceId?: true
    lastSyncedAt?: true
    syncedUntil?: true
    _all?: true
  }

  export type StateMachineAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which StateMachine to aggregate.
     */
    where?: StateMachineWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of StateMachines to fetch.
     */
    orderBy?: StateMachineOrderByWithRelationInput | StateMachineOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: StateMachineWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` StateMachines from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` StateMachines.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned StateMachines
    **/
    _count?: true | StateMachineCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to average
    **/
    _avg?: StateMachineAvgAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to sum
    **/
    _sum?: StateMachineSumAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: StateMachineMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: StateMachineMaxAggregateInputType
  }

  export type GetStateMachineAggregateType<T extends StateMachineAggregateArgs> = {
        [P in keyof T & keyof AggregateStateMachine]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateStateMachine[P]>
      : GetScalarType<T[P], AggregateStateMachine[P]>
  }




  export type StateMachineGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: StateMachineWhereInput
    orderBy?: StateMachineOrderByWithAggregationInput | StateMachineOrderByWithAggregationInput[]
    by: StateMachineScalarFieldEnum[] | StateMachineScalarFieldEnum
    having?: StateMachineScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: StateMachineCountAggregateInputType | true
    _avg?: StateMachineAvgAggregateInputType
    _sum?: StateMachineSumAggregateInputType
    _min?: StateMachineMinAggregateInputType
    _max?: StateMachineMaxAggregateInputType
  }

  export type StateMachineGroupByOutputType = {
    id: number
    arn: string
    name: string
    type: string
    status: string | null
    roleArn: string | null
    logGroupArn: string | null
    createdAt: Date | null
    sourceId: number
    lastSyncedAt: Date | null
    syncedUntil: Date | null
    _count: StateMachineCountAggregateOutputType | null
    _avg: StateMachineAvgAggregateOutputType | null
    _sum: StateMachineSumAggregateOutputType | null
    _min: StateMachineMinAggregateOutputType | null
    _max: StateMachineMaxAggregateOutputType | null
  }

  type GetStateMachineGroupByPayload<T extends StateMachineGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<StateMachineGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof StateMachineGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], StateMachineGroupByOutputType[P]>
            : GetScalarType<T[P], StateMachineGroupByOutputType[P]>
        }
      >
    >


  export type StateMachineSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    arn?: boolean
    name?: boolean
    type?: boolean
    status?: boolean
    roleArn?: boolean
    logGroupArn?: boolean
    createdAt?: boolean
    sourceId?: boolean
    lastSyncedAt?: boolean
    syncedUntil?: boolean
    source?: boolean | SourceDefaultArgs<ExtArgs>
    revisions?: boolean | StateMachine$revisionsArgs<ExtArgs>
    executions?: boolean | StateMachine$executionsArgs<ExtArgs>
    metricHours?: boolean | StateMachine$metricHoursArgs<ExtArgs>
    _count?: boolean | StateMachineCountOutputTypeDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["stateMachine"]>

  export type StateMachineSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    arn?: boolean
    name?: boolean
    type?: boolean
    status?: boolean
    roleArn?: boolean
    logGroupArn?: boolean
    createdAt?: boolean
    sourceId?: boolean
    lastSyncedAt?: boolean
    syncedUntil?: boolean
    source?: boolean | SourceDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["stateMachine"]>

  export type StateMachineSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    arn?: boolean
    name?: boolean
    type?: boolean
    status?: boolean
    roleArn?: boolean
    logGroupArn?: boolean
    createdAt?: boolean
    sourceId?: boolean
    lastSyncedAt?: boolean
    syncedUntil?: boolean
    source?: boolean | SourceDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["stateMachine"]>

  export type StateMachineSelectScalar = {
    id?: boolean
    arn?: boolean
    name?: boolean
    type?: boolean
    status?: boolean
    roleArn?: boolean
    logGroupArn?: boolean
    createdAt?: boolean
    sourceId?: boolean
    lastSyncedAt?: boolean
    syncedUntil?: boolean
  }

  export type StateMachineOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "arn" | "name" | "type" | "status" | "roleArn" | "logGroupArn" | "createdAt" | "sourceId" | "lastSyncedAt" | "syncedUntil", ExtArgs["result"]["stateMachine"]>
  export type StateMachineInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    source?: boolean | SourceDefaultArgs<ExtArgs>
    revisions?: boolean | StateMachine$revisionsArgs<ExtArgs>
    executions?: boolean | StateMachine$executionsArgs<ExtArgs>
    metricHours?: boolean | StateMachine$metricHoursArgs<ExtArgs>
    _count?: boolean | StateMachineCountOutputTypeDefaultArgs<ExtArgs>
  }
  export type StateMachineIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    source?: boolean | SourceDefaultArgs<ExtArgs>
  }
  export type StateMachineIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    source?: boolean | SourceDefaultArgs<ExtArgs>
  }

  export type $StateMachinePayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "StateMachine"
    objects: {
      source: Prisma.$SourcePayload<ExtArgs>
      revisions: Prisma.$StateMachineRevisionPayload<ExtArgs>[]
      executions: Prisma.$ExecutionPayload<ExtArgs>[]
      metricHours: Prisma.$MetricHourPayload<ExtArgs>[]
    }
    scalars: $Extensions.GetPayloadResult<{
      id: number
      /**
       * arn:aws:states:<region>:<account>:stateMachine:<name>
       */
      arn: string
      name: string
      /**
       * STANDARD | EXPRESS
       */
      type: string
      /**
       * ACTIVE | DELETING; null when only known from executions.
       */
      status: string | null
      roleArn: string | null
      /**
       * CloudWatch Logs group for Express histories (cloudwatch-metrics.md §5).
       */
      logGroupArn: string | null
      /**
       * The state machine's creationDate on AWS.
       */
      createdAt: Date | null
      sourceId: number
      lastSyncedAt: Date | null
      /**
       * Newest execution start already stored: incremental sync lists down to here.
       */
      syncedUntil: Date | null
    }, ExtArgs["result"]["stateMachine"]>
    composites: {}
  }

  type StateMachineGetPayload<S extends boolean | null | undefined | StateMachineDefaultArgs> = $Result.GetResult<Prisma.$StateMachinePayload, S>

  type StateMachineCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<StateMachineFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: StateMachineCountAggregateInputType | true
    }

  export interface StateMachineDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['StateMachine'], meta: { name: 'StateMachine' } }
    /**
     * Find zero or one StateMachine that matches the filter.
     * @param {StateMachineFindUniqueArgs} args - Arguments to find a StateMachine
     * @example
     * // Get one StateMachine
     * const stateMachine = await prisma.stateMachine.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends StateMachineFindUniqueArgs>(args: SelectSubset<T, StateMachineFindUniqueArgs<ExtArgs>>): Prisma__StateMachineClient<$Result.GetResult<Prisma.$StateMachinePayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one StateMachine that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {StateMachineFindUniqueOrThrowArgs} args - Arguments to find a StateMachine
     * @example
     * // Get one StateMachine
     * const stateMachine = await prisma.stateMachine.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends StateMachineFindUniqueOrThrowArgs>(args: SelectSubset<T, StateMachineFindUniqueOrThrowArgs<ExtArgs>>): Prisma__StateMachineClient<$Result.GetResult<Prisma.$StateMachinePayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first StateMachine that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {StateMachineFindFirstArgs} args - Arguments to find a StateMachine
     * @example
     * // Get one StateMachine
     * const stateMachine = await prisma.stateMachine.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends StateMachineFindFirstArgs>(args?: SelectSubset<T, StateMachineFindFirstArgs<ExtArgs>>): Prisma__StateMachineClient<$Result.GetResult<Prisma.$StateMachinePayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first StateMachine that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {StateMachineFindFirstOrThrowArgs} args - Arguments to find a StateMachine
     * @example
     * // Get one StateMachine
     * const stateMachine = await prisma.stateMachine.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends StateMachineFindFirstOrThrowArgs>(args?: SelectSubset<T, StateMachineFindFirstOrThrowArgs<ExtArgs>>): Prisma__StateMachineClient<$Result.GetResult<Prisma.$StateMachinePayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more StateMachines that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {StateMachineFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all StateMachines
     * const stateMachines = await prisma.stateMachine.findMany()
     * 
     * // Get first 10 StateMachines
     * const stateMachines = await prisma.stateMachine.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const stateMachineWithIdOnly = await prisma.stateMachine.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends StateMachineFindManyArgs>(args?: SelectSubset<T, StateMachineFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$StateMachinePayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a StateMachine.
     * @param {StateMachineCreateArgs} args - Arguments to create a StateMachine.
     * @example
     * // Create one StateMachine
     * const StateMachine = await prisma.stateMachine.create({
     *   data: {
     *     // ... data to create a StateMachine
     *   }
     * })
     * 
     */
    create<T extends StateMachineCreateArgs>(args: SelectSubset<T, StateMachineCreateArgs<ExtArgs>>): Prisma__StateMachineClient<$Result.GetResult<Prisma.$StateMachinePayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many StateMachines.
     * @param {StateMachineCreateManyArgs} args - Arguments to create many StateMachines.
     * @example
     * // Create many StateMachines
     * const stateMachine = await prisma.stateMachine.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends StateMachineCreateManyArgs>(args?: SelectSubset<T, StateMachineCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many StateMachines and returns the data saved in the database.
     * @param {StateMachineCreateManyAndReturnArgs} args - Arguments to create many StateMachines.
     * @example
     * // Create many StateMachines
     * const stateMachine = await prisma.stateMachine.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many StateMachines and only return the `id`
     * const stateMachineWithIdOnly = await prisma.stateMachine.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends StateMachineCreateManyAndReturnArgs>(args?: SelectSubset<T, StateMachineCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$StateMachinePayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a StateMachine.
     * @param {StateMachineDeleteArgs} args - Arguments to delete one StateMachine.
     * @example
     * // Delete one StateMachine
     * const StateMachine = await prisma.stateMachine.delete({
     *   where: {
     *     // ... filter to delete one StateMachine
     *   }
     * })
     * 
     */
    delete<T extends StateMachineDeleteArgs>(args: SelectSubset<T, StateMachineDeleteArgs<ExtArgs>>): Prisma__StateMachineClient<$Result.GetResult<Prisma.$StateMachinePayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one StateMachine.
     * @param {StateMachineUpdateArgs} args - Arguments to update one StateMachine.
     * @example
     * // Update one StateMachine
     * const stateMachine = await prisma.stateMachine.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends StateMachineUpdateArgs>(args: SelectSubset<T, StateMachineUpdateArgs<ExtArgs>>): Prisma__StateMachineClient<$Result.GetResult<Prisma.$StateMachinePayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more StateMachines.
     * @param {StateMachineDeleteManyArgs} args - Arguments to filter StateMachines to delete.
     * @example
     * // Delete a few StateMachines
     * const { count } = await prisma.stateMachine.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends StateMachineDeleteManyArgs>(args?: SelectSubset<T, StateMachineDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more StateMachines.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {StateMachineUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many StateMachines
     * const stateMachine = await prisma.stateMachine.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends StateMachineUpdateManyArgs>(args: SelectSubset<T, StateMachineUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more StateMachines and returns the data updated in the database.
     * @param {StateMachineUpdateManyAndReturnArgs} args - Arguments to update many StateMachines.
     * @example
     * // Update many StateMachines
     * const stateMachine = await prisma.stateMachine.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more StateMachines and only return the `id`
     * const stateMachineWithIdOnly = await prisma.stateMachine.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends StateMachineUpdateManyAndReturnArgs>(args: SelectSubset<T, StateMachineUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$StateMachinePayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one StateMachine.
     * @param {StateMachineUpsertArgs} args - Arguments to update or create a StateMachine.
     * @example
     * // Update or create a StateMachine
     * const stateMachine = await prisma.stateMachine.upsert({
     *   create: {
     *     // ... data to create a StateMachine
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the StateMachine we want to update
     *   }
     * })
     */
    upsert<T extends StateMachineUpsertArgs>(args: SelectSubset<T, StateMachineUpsertArgs<ExtArgs>>): Prisma__StateMachineClient<$Result.GetResult<Prisma.$StateMachinePayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of StateMachines.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {StateMachineCountArgs} args - Arguments to filter StateMachines to count.
     * @example
     * // Count the number of StateMachines
     * const count = await prisma.stateMachine.count({
     *   where: {
     *     // ... the filter for the StateMachines we want to count
     *   }
     * })
    **/
    count<T extends StateMachineCountArgs>(
      args?: Subset<T, StateMachineCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], StateMachineCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a StateMachine.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {StateMachineAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends StateMachineAggregateArgs>(args: Subset<T, StateMachineAggregateArgs>): Prisma.PrismaPromise<GetStateMachineAggregateType<T>>

    /**
     * Group by StateMachine.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {StateMachineGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends StateMachineGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: StateMachineGroupByArgs['orderBy'] }
        : { orderBy?: StateMachineGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, StateMachineGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetStateMachineGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the StateMachine model
   */
  readonly fields: StateMachineFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for StateMachine.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__StateMachineClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    source<T extends SourceDefaultArgs<ExtArgs> = {}>(args?: Subset<T, SourceDefaultArgs<ExtArgs>>): Prisma__SourceClient<$Result.GetResult<Prisma.$SourcePayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    revisions<T extends StateMachine$revisionsArgs<ExtArgs> = {}>(args?: Subset<T, StateMachine$revisionsArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$StateMachineRevisionPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    executions<T extends StateMachine$executionsArgs<ExtArgs> = {}>(args?: Subset<T, StateMachine$executionsArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ExecutionPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    metricHours<T extends StateMachine$metricHoursArgs<ExtArgs> = {}>(args?: Subset<T, StateMachine$metricHoursArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$MetricHourPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the StateMachine model
   */
  interface StateMachineFieldRefs {
    readonly id: FieldRef<"StateMachine", 'Int'>
    readonly arn: FieldRef<"StateMachine", 'String'>
    readonly name: FieldRef<"StateMachine", 'String'>
    readonly type: FieldRef<"StateMachine", 'String'>
    readonly status: FieldRef<"StateMachine", 'String'>
    readonly roleArn: FieldRef<"StateMachine", 'String'>
    readonly logGroupArn: FieldRef<"StateMachine", 'String'>
    readonly createdAt: FieldRef<"StateMachine", 'DateTime'>
    readonly sourceId: FieldRef<"StateMachine", 'Int'>
    readonly lastSyncedAt: FieldRef<"StateMachine", 'DateTime'>
    readonly syncedUntil: FieldRef<"StateMachine", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * StateMachine findUnique
   */
  export type StateMachineFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachine
     */
    select?: StateMachineSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachine
     */
    omit?: StateMachineOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineInclude<ExtArgs> | null
    /**
     * Filter, which StateMachine to fetch.
     */
    where: StateMachineWhereUniqueInput
  }

  /**
   * StateMachine findUniqueOrThrow
   */
  export type StateMachineFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachine
     */
    select?: StateMachineSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachine
     */
    omit?: StateMachineOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineInclude<ExtArgs> | null
    /**
     * Filter, which StateMachine to fetch.
     */
    where: StateMachineWhereUniqueInput
  }

  /**
   * StateMachine findFirst
   */
  export type StateMachineFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachine
     */
    select?: StateMachineSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachine
     */
    omit?: StateMachineOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineInclude<ExtArgs> | null
    /**
     * Filter, which StateMachine to fetch.
     */
    where?: StateMachineWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of StateMachines to fetch.
     */
    orderBy?: StateMachineOrderByWithRelationInput | StateMachineOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for StateMachines.
     */
    cursor?: StateMachineWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` StateMachines from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` StateMachines.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of StateMachines.
     */
    distinct?: StateMachineScalarFieldEnum | StateMachineScalarFieldEnum[]
  }

  /**
   * StateMachine findFirstOrThrow
   */
  export type StateMachineFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachine
     */
    select?: StateMachineSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachine
     */
    omit?: StateMachineOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineInclude<ExtArgs> | null
    /**
     * Filter, which StateMachine to fetch.
     */
    where?: StateMachineWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of StateMachines to fetch.
     */
    orderBy?: StateMachineOrderByWithRelationInput | StateMachineOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for StateMachines.
     */
    cursor?: StateMachineWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` StateMachines from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` StateMachines.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of StateMachines.
     */
    distinct?: StateMachineScalarFieldEnum | StateMachineScalarFieldEnum[]
  }

  /**
   * StateMachine findMany
   */
  export type StateMachineFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachine
     */
    select?: StateMachineSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachine
     */
    omit?: StateMachineOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineInclude<ExtArgs> | null
    /**
     * Filter, which StateMachines to fetch.
     */
    where?: StateMachineWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of StateMachines to fetch.
     */
    orderBy?: StateMachineOrderByWithRelationInput | StateMachineOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing StateMachines.
     */
    cursor?: StateMachineWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` StateMachines from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` StateMachines.
     */
    skip?: number
    distinct?: StateMachineScalarFieldEnum | StateMachineScalarFieldEnum[]
  }

  /**
   * StateMachine create
   */
  export type StateMachineCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachine
     */
    select?: StateMachineSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachine
     */
    omit?: StateMachineOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineInclude<ExtArgs> | null
    /**
     * The data needed to create a StateMachine.
     */
    data: XOR<StateMachineCreateInput, StateMachineUncheckedCreateInput>
  }

  /**
   * StateMachine createMany
   */
  export type StateMachineCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many StateMachines.
     */
    data: StateMachineCreateManyInput | StateMachineCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * StateMachine createManyAndReturn
   */
  export type StateMachineCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachine
     */
    select?: StateMachineSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachine
     */
    omit?: StateMachineOmit<ExtArgs> | null
    /**
     * The data used to create many StateMachines.
     */
    data: StateMachineCreateManyInput | StateMachineCreateManyInput[]
    skipDuplicates?: boolean
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * StateMachine update
   */
  export type StateMachineUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachine
     */
    select?: StateMachineSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachine
     */
    omit?: StateMachineOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineInclude<ExtArgs> | null
    /**
     * The data needed to update a StateMachine.
     */
    data: XOR<StateMachineUpdateInput, StateMachineUncheckedUpdateInput>
    /**
     * Choose, which StateMachine to update.
     */
    where: StateMachineWhereUniqueInput
  }

  /**
   * StateMachine updateMany
   */
  export type StateMachineUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update StateMachines.
     */
    data: XOR<StateMachineUpdateManyMutationInput, StateMachineUncheckedUpdateManyInput>
    /**
     * Filter which StateMachines to update
     */
    where?: StateMachineWhereInput
    /**
     * Limit how many StateMachines to update.
     */
    limit?: number
  }

  /**
   * StateMachine updateManyAndReturn
   */
  export type StateMachineUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachine
     */
    select?: StateMachineSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachine
     */
    omit?: StateMachineOmit<ExtArgs> | null
    /**
     * The data used to update StateMachines.
     */
    data: XOR<StateMachineUpdateManyMutationInput, StateMachineUncheckedUpdateManyInput>
    /**
     * Filter which StateMachines to update
     */
    where?: StateMachineWhereInput
    /**
     * Limit how many StateMachines to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * StateMachine upsert
   */
  export type StateMachineUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachine
     */
    select?: StateMachineSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachine
     */
    omit?: StateMachineOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineInclude<ExtArgs> | null
    /**
     * The filter to search for the StateMachine to update in case it exists.
     */
    where: StateMachineWhereUniqueInput
    /**
     * In case the StateMachine found by the `where` argument doesn't exist, create a new StateMachine with this data.
     */
    create: XOR<StateMachineCreateInput, StateMachineUncheckedCreateInput>
    /**
     * In case the StateMachine was found with the provided `where` argument, update it with this data.
     */
    update: XOR<StateMachineUpdateInput, StateMachineUncheckedUpdateInput>
  }

  /**
   * StateMachine delete
   */
  export type StateMachineDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachine
     */
    select?: StateMachineSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachine
     */
    omit?: StateMachineOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineInclude<ExtArgs> | null
    /**
     * Filter which StateMachine to delete.
     */
    where: StateMachineWhereUniqueInput
  }

  /**
   * StateMachine deleteMany
   */
  export type StateMachineDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which StateMachines to delete
     */
    where?: StateMachineWhereInput
    /**
     * Limit how many StateMachines to delete.
     */
    limit?: number
  }

  /**
   * StateMachine.revisions
   */
  export type StateMachine$revisionsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachineRevision
     */
    select?: StateMachineRevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachineRevision
     */
    omit?: StateMachineRevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineRevisionInclude<ExtArgs> | null
    where?: StateMachineRevisionWhereInput
    orderBy?: StateMachineRevisionOrderByWithRelationInput | StateMachineRevisionOrderByWithRelationInput[]
    cursor?: StateMachineRevisionWhereUniqueInput
    take?: number
    skip?: number
    distinct?: StateMachineRevisionScalarFieldEnum | StateMachineRevisionScalarFieldEnum[]
  }

  /**
   * StateMachine.executions
   */
  export type StateMachine$executionsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Execution
     */
    select?: ExecutionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Execution
     */
    omit?: ExecutionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ExecutionInclude<ExtArgs> | null
    where?: ExecutionWhereInput
    orderBy?: ExecutionOrderByWithRelationInput | ExecutionOrderByWithRelationInput[]
    cursor?: ExecutionWhereUniqueInput
    take?: number
    skip?: number
    distinct?: ExecutionScalarFieldEnum | ExecutionScalarFieldEnum[]
  }

  /**
   * StateMachine.metricHours
   */
  export type StateMachine$metricHoursArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the MetricHour
     */
    select?: MetricHourSelect<ExtArgs> | null
    /**
     * Omit specific fields from the MetricHour
     */
    omit?: MetricHourOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MetricHourInclude<ExtArgs> | null
    where?: MetricHourWhereInput
    orderBy?: MetricHourOrderByWithRelationInput | MetricHourOrderByWithRelationInput[]
    cursor?: MetricHourWhereUniqueInput
    take?: number
    skip?: number
    distinct?: MetricHourScalarFieldEnum | MetricHourScalarFieldEnum[]
  }

  /**
   * StateMachine without action
   */
  export type StateMachineDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachine
     */
    select?: StateMachineSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachine
     */
    omit?: StateMachineOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineInclude<ExtArgs> | null
  }


  /**
   * Model StateMachineRevision
   */

  export type AggregateStateMachineRevision = {
    _count: StateMachineRevisionCountAggregateOutputType | null
    _avg: StateMachineRevisionAvgAggregateOutputType | null
    _sum: StateMachineRevisionSumAggregateOutputType | null
    _min: StateMachineRevisionMinAggregateOutputType | null
    _max: StateMachineRevisionMaxAggregateOutputType | null
  }

  export type StateMachineRevisionAvgAggregateOutputType = {
    id: number | null
    stateMachineId: number | null
    definitionBytes: number | null
  }

  export type StateMachineRevisionSumAggregateOutputType = {
    id: number | null
    stateMachineId: number | null
    definitionBytes: number | null
  }

  export type StateMachineRevisionMinAggregateOutputType = {
    id: number | null
    stateMachineId: number | null
    revisionId: string | null
    definition: string | null
    definitionHash: string | null
    definitionBytes: number | null
    firstSeenAt: Date | null
  }

  export type StateMachineRevisionMaxAggregateOutputType = {
    id: number | null
    stateMachineId: number | null
    revisionId: string | null
    definition: string | null
    definitionHash: string | null
    definitionBytes: number | null
    firstSeenAt: Date | null
  }

  export type StateMachineRevisionCountAggregateOutputType = {
    id: number
    stateMachineId: number
    revisionId: number
    definition: number
    definitionHash: number
    definitionBytes: number
    firstSeenAt: number
    _all: number
  }


  export type StateMachineRevisionAvgAggregateInputType = {
    id?: true
    stateMachineId?: true
    definitionBytes?: true
  }

  export type StateMachineRevisionSumAggregateInputType = {
    id?: true
    stateMachineId?: true
    definitionBytes?: true
  }

  export type StateMachineRevisionMinAggregateInputType = {
    id?: true
    stateMachineId?: true
    revisionId?: true
    definition?: true
    definitionHash?: true
    definitionBytes?: true
    firstSeenAt?: true
  }

  export type StateMachineRevisionMaxAggregateInputType = {
    id?: true
    stateMachineId?: true
    revisionId?: true
    definition?: true
    definitionHash?: true
    definitionBytes?: true
    firstSeenAt?: true
  }

  export type StateMachineRevisionCountAggregateInputType = {
    id?: true
    stateMachineId?: true
    revisionId?: true
    definition?: true
    definitionHash?: true
    definitionBytes?: true
    firstSeenAt?: true
    _all?: true
  }

  export type StateMachineRevisionAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which StateMachineRevision to aggregate.
     */
    where?: StateMachineRevisionWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of StateMachineRevisions to fetch.
     */
    orderBy?: StateMachineRevisionOrderByWithRelationInput | StateMachineRevisionOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: StateMachineRevisionWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` StateMachineRevisions from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` StateMachineRevisions.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned StateMachineRevisions
    **/
    _count?: true | StateMachineRevisionCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to average
    **/
    _avg?: StateMachineRevisionAvgAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to sum
    **/
    _sum?: StateMachineRevisionSumAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: StateMachineRevisionMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: StateMachineRevisionMaxAggregateInputType
  }

  export type GetStateMachineRevisionAggregateType<T extends StateMachineRevisionAggregateArgs> = {
        [P in keyof T & keyof AggregateStateMachineRevision]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateStateMachineRevision[P]>
      : GetScalarType<T[P], AggregateStateMachineRevision[P]>
  }




  export type StateMachineRevisionGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: StateMachineRevisionWhereInput
    orderBy?: StateMachineRevisionOrderByWithAggregationInput | StateMachineRevisionOrderByWithAggregationInput[]
    by: StateMachineRevisionScalarFieldEnum[] | StateMachineRevisionScalarFieldEnum
    having?: StateMachineRevisionScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: StateMachineRevisionCountAggregateInputType | true
    _avg?: StateMachineRevisionAvgAggregateInputType
    _sum?: StateMachineRevisionSumAggregateInputType
    _min?: StateMachineRevisionMinAggregateInputType
    _max?: StateMachineRevisionMaxAggregateInputType
  }

  export type StateMachineRevisionGroupByOutputType = {
    id: number
    stateMachineId: number
    revisionId: string | null
    definition: string
    definitionHash: string
    definitionBytes: number
    firstSeenAt: Date
    _count: StateMachineRevisionCountAggregateOutputType | null
    _avg: StateMachineRevisionAvgAggregateOutputType | null
    _sum: StateMachineRevisionSumAggregateOutputType | null
    _min: StateMachineRevisionMinAggregateOutputType | null
    _max: StateMachineRevisionMaxAggregateOutputType | null
  }

  type GetStateMachineRevisionGroupByPayload<T extends StateMachineRevisionGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<StateMachineRevisionGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof StateMachineRevisionGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], StateMachineRevisionGroupByOutputType[P]>
            : GetScalarType<T[P], StateMachineRevisionGroupByOutputType[P]>
        }
      >
    >


  export type StateMachineRevisionSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    stateMachineId?: boolean
    revisionId?: boolean
    definition?: boolean
    definitionHash?: boolean
    definitionBytes?: boolean
    firstSeenAt?: boolean
    stateMachine?: boolean | StateMachineDefaultArgs<ExtArgs>
    executions?: boolean | StateMachineRevision$executionsArgs<ExtArgs>
    _count?: boolean | StateMachineRevisionCountOutputTypeDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["stateMachineRevision"]>

  export type StateMachineRevisionSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    stateMachineId?: boolean
    revisionId?: boolean
    definition?: boolean
    definitionHash?: boolean
    definitionBytes?: boolean
    firstSeenAt?: boolean
    stateMachine?: boolean | StateMachineDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["stateMachineRevision"]>

  export type StateMachineRevisionSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    stateMachineId?: boolean
    revisionId?: boolean
    definition?: boolean
    definitionHash?: boolean
    definitionBytes?: boolean
    firstSeenAt?: boolean
    stateMachine?: boolean | StateMachineDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["stateMachineRevision"]>

  export type StateMachineRevisionSelectScalar = {
    id?: boolean
    stateMachineId?: boolean
    revisionId?: boolean
    definition?: boolean
    definitionHash?: boolean
    definitionBytes?: boolean
    firstSeenAt?: boolean
  }

  export type StateMachineRevisionOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "stateMachineId" | "revisionId" | "definition" | "definitionHash" | "definitionBytes" | "firstSeenAt", ExtArgs["result"]["stateMachineRevision"]>
  export type StateMachineRevisionInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    stateMachine?: boolean | StateMachineDefaultArgs<ExtArgs>
    executions?: boolean | StateMachineRevision$executionsArgs<ExtArgs>
    _count?: boolean | StateMachineRevisionCountOutputTypeDefaultArgs<ExtArgs>
  }
  export type StateMachineRevisionIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    stateMachine?: boolean | StateMachineDefaultArgs<ExtArgs>
  }
  export type StateMachineRevisionIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    stateMachine?: boolean | StateMachineDefaultArgs<ExtArgs>
  }

  export type $StateMachineRevisionPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "StateMachineRevision"
    objects: {
      stateMachine: Prisma.$StateMachinePayload<ExtArgs>
      executions: Prisma.$ExecutionPayload<ExtArgs>[]
    }
    scalars: $Extensions.GetPayloadResult<{
      id: number
      stateMachineId: number
      /**
       * AWS revisionId when known.
       */
      revisionId: string | null
      /**
       * ASL JSON text, as AWS returns it.
       */
      definition: string
      /**
       * sha256 of the definition text, to store each distinct definition once.
       */
      definitionHash: string
      /**
       * Size in bytes: Express memory is billed from definition size (pricing.md §2).
       */
      definitionBytes: number
      firstSeenAt: Date
    }, ExtArgs["result"]["stateMachineRevision"]>
    composites: {}
  }

  type StateMachineRevisionGetPayload<S extends boolean | null | undefined | StateMachineRevisionDefaultArgs> = $Result.GetResult<Prisma.$StateMachineRevisionPayload, S>

  type StateMachineRevisionCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<StateMachineRevisionFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: StateMachineRevisionCountAggregateInputType | true
    }

  export interface StateMachineRevisionDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['StateMachineRevision'], meta: { name: 'StateMachineRevision' } }
    /**
     * Find zero or one StateMachineRevision that matches the filter.
     * @param {StateMachineRevisionFindUniqueArgs} args - Arguments to find a StateMachineRevision
     * @example
     * // Get one StateMachineRevision
     * const stateMachineRevision = await prisma.stateMachineRevision.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends StateMachineRevisionFindUniqueArgs>(args: SelectSubset<T, StateMachineRevisionFindUniqueArgs<ExtArgs>>): Prisma__StateMachineRevisionClient<$Result.GetResult<Prisma.$StateMachineRevisionPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one StateMachineRevision that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {StateMachineRevisionFindUniqueOrThrowArgs} args - Arguments to find a StateMachineRevision
     * @example
     * // Get one StateMachineRevision
     * const stateMachineRevision = await prisma.stateMachineRevision.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends StateMachineRevisionFindUniqueOrThrowArgs>(args: SelectSubset<T, StateMachineRevisionFindUniqueOrThrowArgs<ExtArgs>>): Prisma__StateMachineRevisionClient<$Result.GetResult<Prisma.$StateMachineRevisionPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first StateMachineRevision that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {StateMachineRevisionFindFirstArgs} args - Arguments to find a StateMachineRevision
     * @example
     * // Get one StateMachineRevision
     * const stateMachineRevision = await prisma.stateMachineRevision.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends StateMachineRevisionFindFirstArgs>(args?: SelectSubset<T, StateMachineRevisionFindFirstArgs<ExtArgs>>): Prisma__StateMachineRevisionClient<$Result.GetResult<Prisma.$StateMachineRevisionPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first StateMachineRevision that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {StateMachineRevisionFindFirstOrThrowArgs} args - Arguments to find a StateMachineRevision
     * @example
     * // Get one StateMachineRevision
     * const stateMachineRevision = await prisma.stateMachineRevision.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends StateMachineRevisionFindFirstOrThrowArgs>(args?: SelectSubset<T, StateMachineRevisionFindFirstOrThrowArgs<ExtArgs>>): Prisma__StateMachineRevisionClient<$Result.GetResult<Prisma.$StateMachineRevisionPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more StateMachineRevisions that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {StateMachineRevisionFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all StateMachineRevisions
     * const stateMachineRevisions = await prisma.stateMachineRevision.findMany()
     * 
     * // Get first 10 StateMachineRevisions
     * const stateMachineRevisions = await prisma.stateMachineRevision.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const stateMachineRevisionWithIdOnly = await prisma.stateMachineRevision.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends StateMachineRevisionFindManyArgs>(args?: SelectSubset<T, StateMachineRevisionFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$StateMachineRevisionPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a StateMachineRevision.
     * @param {StateMachineRevisionCreateArgs} args - Arguments to create a StateMachineRevision.
     * @example
     * // Create one StateMachineRevision
     * const StateMachineRevision = await prisma.stateMachineRevision.create({
     *   data: {
     *     // ... data to create a StateMachineRevision
     *   }
     * })
     * 
     */
    create<T extends StateMachineRevisionCreateArgs>(args: SelectSubset<T, StateMachineRevisionCreateArgs<ExtArgs>>): Prisma__StateMachineRevisionClient<$Result.GetResult<Prisma.$StateMachineRevisionPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many StateMachineRevisions.
     * @param {StateMachineRevisionCreateManyArgs} args - Arguments to create many StateMachineRevisions.
     * @example
     * // Create many StateMachineRevisions
     * const stateMachineRevision = await prisma.stateMachineRevision.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends StateMachineRevisionCreateManyArgs>(args?: SelectSubset<T, StateMachineRevisionCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many StateMachineRevisions and returns the data saved in the database.
     * @param {StateMachineRevisionCreateManyAndReturnArgs} args - Arguments to create many StateMachineRevisions.
     * @example
     * // Create many StateMachineRevisions
     * const stateMachineRevision = await prisma.stateMachineRevision.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many StateMachineRevisions and only return the `id`
     * const stateMachineRevisionWithIdOnly = await prisma.stateMachineRevision.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends StateMachineRevisionCreateManyAndReturnArgs>(args?: SelectSubset<T, StateMachineRevisionCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$StateMachineRevisionPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a StateMachineRevision.
     * @param {StateMachineRevisionDeleteArgs} args - Arguments to delete one StateMachineRevision.
     * @example
     * // Delete one StateMachineRevision
     * const StateMachineRevision = await prisma.stateMachineRevision.delete({
     *   where: {
     *     // ... filter to delete one StateMachineRevision
     *   }
     * })
     * 
     */
    delete<T extends StateMachineRevisionDeleteArgs>(args: SelectSubset<T, StateMachineRevisionDeleteArgs<ExtArgs>>): Prisma__StateMachineRevisionClient<$Result.GetResult<Prisma.$StateMachineRevisionPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one StateMachineRevision.
     * @param {StateMachineRevisionUpdateArgs} args - Arguments to update one StateMachineRevision.
     * @example
     * // Update one StateMachineRevision
     * const stateMachineRevision = await prisma.stateMachineRevision.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends StateMachineRevisionUpdateArgs>(args: SelectSubset<T, StateMachineRevisionUpdateArgs<ExtArgs>>): Prisma__StateMachineRevisionClient<$Result.GetResult<Prisma.$StateMachineRevisionPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more StateMachineRevisions.
     * @param {StateMachineRevisionDeleteManyArgs} args - Arguments to filter StateMachineRevisions to delete.
     * @example
     * // Delete a few StateMachineRevisions
     * const { count } = await prisma.stateMachineRevision.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends StateMachineRevisionDeleteManyArgs>(args?: SelectSubset<T, StateMachineRevisionDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more StateMachineRevisions.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {StateMachineRevisionUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many StateMachineRevisions
     * const stateMachineRevision = await prisma.stateMachineRevision.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends StateMachineRevisionUpdateManyArgs>(args: SelectSubset<T, StateMachineRevisionUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more StateMachineRevisions and returns the data updated in the database.
     * @param {StateMachineRevisionUpdateManyAndReturnArgs} args - Arguments to update many StateMachineRevisions.
     * @example
     * // Update many StateMachineRevisions
     * const stateMachineRevision = await prisma.stateMachineRevision.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more StateMachineRevisions and only return the `id`
     * const stateMachineRevisionWithIdOnly = await prisma.stateMachineRevision.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends StateMachineRevisionUpdateManyAndReturnArgs>(args: SelectSubset<T, StateMachineRevisionUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$StateMachineRevisionPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one StateMachineRevision.
     * @param {StateMachineRevisionUpsertArgs} args - Arguments to update or create a StateMachineRevision.
     * @example
     * // Update or create a StateMachineRevision
     * const stateMachineRevision = await prisma.stateMachineRevision.upsert({
     *   create: {
     *     // ... data to create a StateMachineRevision
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the StateMachineRevision we want to update
     *   }
     * })
     */
    upsert<T extends StateMachineRevisionUpsertArgs>(args: SelectSubset<T, StateMachineRevisionUpsertArgs<ExtArgs>>): Prisma__StateMachineRevisionClient<$Result.GetResult<Prisma.$StateMachineRevisionPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of StateMachineRevisions.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {StateMachineRevisionCountArgs} args - Arguments to filter StateMachineRevisions to count.
     * @example
     * // Count the number of StateMachineRevisions
     * const count = await prisma.stateMachineRevision.count({
     *   where: {
     *     // ... the filter for the StateMachineRevisions we want to count
     *   }
     * })
    **/
    count<T extends StateMachineRevisionCountArgs>(
      args?: Subset<T, StateMachineRevisionCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], StateMachineRevisionCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a StateMachineRevision.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {StateMachineRevisionAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends StateMachineRevisionAggregateArgs>(args: Subset<T, StateMachineRevisionAggregateArgs>): Prisma.PrismaPromise<GetStateMachineRevisionAggregateType<T>>

    /**
     * Group by StateMachineRevision.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {StateMachineRevisionGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends StateMachineRevisionGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: StateMachineRevisionGroupByArgs['orderBy'] }
        : { orderBy?: StateMachineRevisionGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, StateMachineRevisionGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetStateMachineRevisionGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the StateMachineRevision model
   */
  readonly fields: StateMachineRevisionFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for StateMachineRevision.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__StateMachineRevisionClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    stateMachine<T extends StateMachineDefaultArgs<ExtArgs> = {}>(args?: Subset<T, StateMachineDefaultArgs<ExtArgs>>): Prisma__StateMachineClient<$Result.GetResult<Prisma.$StateMachinePayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    executions<T extends StateMachineRevision$executionsArgs<ExtArgs> = {}>(args?: Subset<T, StateMachineRevision$executionsArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ExecutionPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the StateMachineRevision model
   */
  interface StateMachineRevisionFieldRefs {
    readonly id: FieldRef<"StateMachineRevision", 'Int'>
    readonly stateMachineId: FieldRef<"StateMachineRevision", 'Int'>
    readonly revisionId: FieldRef<"StateMachineRevision", 'String'>
    readonly definition: FieldRef<"StateMachineRevision", 'String'>
    readonly definitionHash: FieldRef<"StateMachineRevision", 'String'>
    readonly definitionBytes: FieldRef<"StateMachineRevision", 'Int'>
    readonly firstSeenAt: FieldRef<"StateMachineRevision", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * StateMachineRevision findUnique
   */
  export type StateMachineRevisionFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachineRevision
     */
    select?: StateMachineRevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachineRevision
     */
    omit?: StateMachineRevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineRevisionInclude<ExtArgs> | null
    /**
     * Filter, which StateMachineRevision to fetch.
     */
    where: StateMachineRevisionWhereUniqueInput
  }

  /**
   * StateMachineRevision findUniqueOrThrow
   */
  export type StateMachineRevisionFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachineRevision
     */
    select?: StateMachineRevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachineRevision
     */
    omit?: StateMachineRevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineRevisionInclude<ExtArgs> | null
    /**
     * Filter, which StateMachineRevision to fetch.
     */
    where: StateMachineRevisionWhereUniqueInput
  }

  /**
   * StateMachineRevision findFirst
   */
  export type StateMachineRevisionFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachineRevision
     */
    select?: StateMachineRevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachineRevision
     */
    omit?: StateMachineRevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineRevisionInclude<ExtArgs> | null
    /**
     * Filter, which StateMachineRevision to fetch.
     */
    where?: StateMachineRevisionWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of StateMachineRevisions to fetch.
     */
    orderBy?: StateMachineRevisionOrderByWithRelationInput | StateMachineRevisionOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for StateMachineRevisions.
     */
    cursor?: StateMachineRevisionWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` StateMachineRevisions from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` StateMachineRevisions.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of StateMachineRevisions.
     */
    distinct?: StateMachineRevisionScalarFieldEnum | StateMachineRevisionScalarFieldEnum[]
  }

  /**
   * StateMachineRevision findFirstOrThrow
   */
  export type StateMachineRevisionFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachineRevision
     */
    select?: StateMachineRevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachineRevision
     */
    omit?: StateMachineRevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineRevisionInclude<ExtArgs> | null
    /**
     * Filter, which StateMachineRevision to fetch.
     */
    where?: StateMachineRevisionWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of StateMachineRevisions to fetch.
     */
    orderBy?: StateMachineRevisionOrderByWithRelationInput | StateMachineRevisionOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for StateMachineRevisions.
     */
    cursor?: StateMachineRevisionWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` StateMachineRevisions from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` StateMachineRevisions.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of StateMachineRevisions.
     */
    distinct?: StateMachineRevisionScalarFieldEnum | StateMachineRevisionScalarFieldEnum[]
  }

  /**
   * StateMachineRevision findMany
   */
  export type StateMachineRevisionFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachineRevision
     */
    select?: StateMachineRevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachineRevision
     */
    omit?: StateMachineRevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineRevisionInclude<ExtArgs> | null
    /**
     * Filter, which StateMachineRevisions to fetch.
     */
    where?: StateMachineRevisionWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of StateMachineRevisions to fetch.
     */
    orderBy?: StateMachineRevisionOrderByWithRelationInput | StateMachineRevisionOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing StateMachineRevisions.
     */
    cursor?: StateMachineRevisionWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` StateMachineRevisions from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` StateMachineRevisions.
     */
    skip?: number
    distinct?: StateMachineRevisionScalarFieldEnum | StateMachineRevisionScalarFieldEnum[]
  }

  /**
   * StateMachineRevision create
   */
  export type StateMachineRevisionCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachineRevision
     */
    select?: StateMachineRevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachineRevision
     */
    omit?: StateMachineRevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineRevisionInclude<ExtArgs> | null
    /**
     * The data needed to create a StateMachineRevision.
     */
    data: XOR<StateMachineRevisionCreateInput, StateMachineRevisionUncheckedCreateInput>
  }

  /**
   * StateMachineRevision createMany
   */
  export type StateMachineRevisionCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many StateMachineRevisions.
     */
    data: StateMachineRevisionCreateManyInput | StateMachineRevisionCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * StateMachineRevision createManyAndReturn
   */
  export type StateMachineRevisionCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachineRevision
     */
    select?: StateMachineRevisionSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachineRevision
     */
    omit?: StateMachineRevisionOmit<ExtArgs> | null
    /**
     * The data used to create many StateMachineRevisions.
     */
    data: StateMachineRevisionCreateManyInput | StateMachineRevisionCreateManyInput[]
    skipDuplicates?: boolean
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineRevisionIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * StateMachineRevision update
   */
  export type StateMachineRevisionUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachineRevision
     */
    select?: StateMachineRevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachineRevision
     */
    omit?: StateMachineRevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineRevisionInclude<ExtArgs> | null
    /**
     * The data needed to update a StateMachineRevision.
     */
    data: XOR<StateMachineRevisionUpdateInput, StateMachineRevisionUncheckedUpdateInput>
    /**
     * Choose, which StateMachineRevision to update.
     */
    where: StateMachineRevisionWhereUniqueInput
  }

  /**
   * StateMachineRevision updateMany
   */
  export type StateMachineRevisionUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update StateMachineRevisions.
     */
    data: XOR<StateMachineRevisionUpdateManyMutationInput, StateMachineRevisionUncheckedUpdateManyInput>
    /**
     * Filter which StateMachineRevisions to update
     */
    where?: StateMachineRevisionWhereInput
    /**
     * Limit how many StateMachineRevisions to update.
     */
    limit?: number
  }

  /**
   * StateMachineRevision updateManyAndReturn
   */
  export type StateMachineRevisionUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachineRevision
     */
    select?: StateMachineRevisionSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachineRevision
     */
    omit?: StateMachineRevisionOmit<ExtArgs> | null
    /**
     * The data used to update StateMachineRevisions.
     */
    data: XOR<StateMachineRevisionUpdateManyMutationInput, StateMachineRevisionUncheckedUpdateManyInput>
    /**
     * Filter which StateMachineRevisions to update
     */
    where?: StateMachineRevisionWhereInput
    /**
     * Limit how many StateMachineRevisions to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineRevisionIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * StateMachineRevision upsert
   */
  export type StateMachineRevisionUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachineRevision
     */
    select?: StateMachineRevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachineRevision
     */
    omit?: StateMachineRevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineRevisionInclude<ExtArgs> | null
    /**
     * The filter to search for the StateMachineRevision to update in case it exists.
     */
    where: StateMachineRevisionWhereUniqueInput
    /**
     * In case the StateMachineRevision found by the `where` argument doesn't exist, create a new StateMachineRevision with this data.
     */
    create: XOR<StateMachineRevisionCreateInput, StateMachineRevisionUncheckedCreateInput>
    /**
     * In case the StateMachineRevision was found with the provided `where` argument, update it with this data.
     */
    update: XOR<StateMachineRevisionUpdateInput, StateMachineRevisionUncheckedUpdateInput>
  }

  /**
   * StateMachineRevision delete
   */
  export type StateMachineRevisionDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachineRevision
     */
    select?: StateMachineRevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachineRevision
     */
    omit?: StateMachineRevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineRevisionInclude<ExtArgs> | null
    /**
     * Filter which StateMachineRevision to delete.
     */
    where: StateMachineRevisionWhereUniqueInput
  }

  /**
   * StateMachineRevision deleteMany
   */
  export type StateMachineRevisionDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which StateMachineRevisions to delete
     */
    where?: StateMachineRevisionWhereInput
    /**
     * Limit how many StateMachineRevisions to delete.
     */
    limit?: number
  }

  /**
   * StateMachineRevision.executions
   */
  export type StateMachineRevision$executionsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Execution
     */
    select?: ExecutionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Execution
     */
    omit?: ExecutionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ExecutionInclude<ExtArgs> | null
    where?: ExecutionWhereInput
    orderBy?: ExecutionOrderByWithRelationInput | ExecutionOrderByWithRelationInput[]
    cursor?: ExecutionWhereUniqueInput
    take?: number
    skip?: number
    distinct?: ExecutionScalarFieldEnum | ExecutionScalarFieldEnum[]
  }

  /**
   * StateMachineRevision without action
   */
  export type StateMachineRevisionDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachineRevision
     */
    select?: StateMachineRevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachineRevision
     */
    omit?: StateMachineRevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineRevisionInclude<ExtArgs> | null
  }


  /**
   * Model Execution
   */

  export type AggregateExecution = {
    _count: ExecutionCountAggregateOutputType | null
    _avg: ExecutionAvgAggregateOutputType | null
    _sum: ExecutionSumAggregateOutputType | null
    _min: ExecutionMinAggregateOutputType | null
    _max: ExecutionMaxAggregateOutputType | null
  }

  export type ExecutionAvgAggregateOutputType = {
    id: number | null
    stateMachineId: number | null
    revisionId: number | null
    sourceId: number | null
    durationMs: number | null
    inputBytes: number | null
    outputBytes: number | null
    redriveCount: number | null
    eventCount: number | null
    stateTransitions: number | null
  }

  export type ExecutionSumAggregateOutputType = {
    id: number | null
    stateMachineId: number | null
    revisionId: number | null
    sourceId: number | null
    durationMs: number | null
    inputBytes: number | null
    outputBytes: number | null
    redriveCount: number | null
    eventCount: number | null
    stateTransitions: number | null
  }

  export type ExecutionMinAggregateOutputType = {
    id: number | null
    arn: string | null
    name: string | null
    stateMachineId: number | null
    revisionId: number | null
    sourceId: number | null
    status: string | null
    startDate: Date | null
    stopDate: Date | null
    durationMs: number | null
    input: string | null
    output: string | null
    inputBytes: number | null
    outputBytes: number | null
    error: string | null
    cause: string | null
    failedStateName: string | null
    redriveCount: number | null
    redriveStatus: string | null
    redriveStatusReason: string | null
    redriveDate: Date | null
    mapRunArn: string | null
    eventCount: number | null
    lastEventAt: Date | null
    stateTransitions: number | null
    historyComplete: boolean | null
    lastSyncedAt: Date | null
  }

  export type ExecutionMaxAggregateOutputType = {
    id: number | null
    arn: string | null
    name: string | null
    stateMachineId: number | null
    revisionId: number | null
    sourceId: number | null
    status: string | null
    startDate: Date | null
    stopDate: Date | null
    durationMs: number | null
    input: string | null
    output: string | null
    inputBytes: number | null
    outputBytes: number | null
    error: string | null
    cause: string | null
    failedStateName: string | null
    redriveCount: number | null
    redriveStatus: string | null
    redriveStatusReason: string | null
    redriveDate: Date | null
    mapRunArn: string | null
    eventCount: number | null
    lastEventAt: Date | null
    stateTransitions: number | null
    historyComplete: boolean | null
    lastSyncedAt: Date | null
  }

  export type ExecutionCountAggregateOutputType = {
    id: number
    arn: number
    name: number
    stateMachineId: number
    revisionId: number
    sourceId: number
    status: number
    startDate: number
    stopDate: number
    durationMs: number
    input: number
    output: number
    inputBytes: number
    outputBytes: number
    error: number
    cause: number
    failedStateName: number
    redriveCount: number
    redriveStatus: number
    redriveStatusReason: number
    redriveDate: number
    mapRunArn: number
    eventCount: number
    lastEventAt: number
    stateTransitions: number
    historyComplete: number
    lastSyncedAt: number
    _all: number
  }


  export type ExecutionAvgAggregateInputType = {
    id?: true
    stateMachineId?: true
    revisionId?: true
    sourceId?: true
    durationMs?: true
    inputBytes?: true
    outputBytes?: true
    redriveCount?: true
    eventCount?: true
    stateTransitions?: true
  }

  export type ExecutionSumAggregateInputType = {
    id?: true
    stateMachineId?: true
    revisionId?: true
    sourceId?: true
    durationMs?: true
    inputBytes?: true
    outputBytes?: true
    redriveCount?: true
    eventCount?: true
    stateTransitions?: true
  }

  export type ExecutionMinAggregateInputType = {
    id?: true
    arn?: true
    name?: true
    stateMachineId?: true
    revisionId?: true
    sourceId?: true
    status?: true
    startDate?: true
    stopDate?: true
    durationMs?: true
    input?: true
    output?: true
    inputBytes?: true
    outputBytes?: true
    error?: true
    cause?: true
    failedStateName?: true
    redriveCount?: true
    redriveStatus?: true
    redriveStatusReason?: true
    redriveDate?: true
    mapRunArn?: true
    eventCount?: true
    lastEventAt?: true
    stateTransitions?: true
    historyComplete?: true
    lastSyncedAt?: true
  }

  export type ExecutionMaxAggregateInputType = {
    id?: true
    arn?: true
    name?: true
    stateMachineId?: true
    revisionId?: true
    sourceId?: true
    status?: true
    startDate?: true
    stopDate?: true
    durationMs?: true
    input?: true
    output?: true
    inputBytes?: true
    outputBytes?: true
    error?: true
    cause?: true
    failedStateName?: true
    redriveCount?: true
    redriveStatus?: true
    redriveStatusReason?: true
    redriveDate?: true
    mapRunArn?: true
    eventCount?: true
    lastEventAt?: true
    stateTransitions?: true
    historyComplete?: true
    lastSyncedAt?: true
  }

  export type ExecutionCountAggregateInputType = {
    id?: true
    arn?: true
    name?: true
    stateMachineId?: true
    revisionId?: true
    sourceId?: true
    status?: true
    startDate?: true
    stopDate?: true
    durationMs?: true
    input?: true
    output?: true
    inputBytes?: true
    outputBytes?: true
    error?: true
    cause?: true
    failedStateName?: true
    redriveCount?: true
    redriveStatus?: true
    redriveStatusReason?: true
    redriveDate?: true
    mapRunArn?: true
    eventCount?: true
    lastEventAt?: true
    stateTransitions?: true
    historyComplete?: true
    lastSyncedAt?: true
    _all?: true
  }

  export type ExecutionAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Execution to aggregate.
     */
    where?: ExecutionWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Executions to fetch.
     */
    orderBy?: ExecutionOrderByWithRelationInput | ExecutionOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: ExecutionWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Executions from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Executions.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned Executions
    **/
    _count?: true | ExecutionCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to average
    **/
    _avg?: ExecutionAvgAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to sum
    **/
    _sum?: ExecutionSumAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: ExecutionMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: ExecutionMaxAggregateInputType
  }

  export type GetExecutionAggregateType<T extends ExecutionAggregateArgs> = {
        [P in keyof T & keyof AggregateExecution]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateExecution[P]>
      : GetScalarType<T[P], AggregateExecution[P]>
  }




  export type ExecutionGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: ExecutionWhereInput
    orderBy?: ExecutionOrderByWithAggregationInput | ExecutionOrderByWithAggregationInput[]
    by: ExecutionScalarFieldEnum[] | ExecutionScalarFieldEnum
    having?: ExecutionScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: ExecutionCountAggregateInputType | true
    _avg?: ExecutionAvgAggregateInputType
    _sum?: ExecutionSumAggregateInputType
    _min?: ExecutionMinAggregateInputType
    _max?: ExecutionMaxAggregateInputType
  }

  export type ExecutionGroupByOutputType = {
    id: number
    arn: string
    name: string
    stateMachineId: number
    revisionId: number | null
    sourceId: number
    status: string
    startDate: Date
    stopDate: Date | null
    durationMs: number | null
    input: string | null
    output: string | null
    inputBytes: number | null
    outputBytes: number | null
    error: string | null
    cause: string | null
    failedStateName: string | null
    redriveCount: number
    redriveStatus: string | null
    redriveStatusReason: string | null
    redriveDate: Date | null
    mapRunArn: string | null
    eventCount: number
    lastEventAt: Date | null
    stateTransitions: number | null
    historyComplete: boolean
    lastSyncedAt: Date
    _count: ExecutionCountAggregateOutputType | null
    _avg: ExecutionAvgAggregateOutputType | null
    _sum: ExecutionSumAggregateOutputType | null
    _min: ExecutionMinAggregateOutputType | null
    _max: ExecutionMaxAggregateOutputType | null
  }

  type GetExecutionGroupByPayload<T extends ExecutionGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<ExecutionGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof ExecutionGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], ExecutionGroupByOutputType[P]>
            : GetScalarType<T[P], ExecutionGroupByOutputType[P]>
        }
      >
    >


  export type ExecutionSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    arn?: boolean
    name?: boolean
    stateMachineId?: boolean
    revisionId?: boolean
    sourceId?: boolean
    status?: boolean
    startDate?: boolean
    stopDate?: boolean
    durationMs?: boolean
    input?: boolean
    output?: boolean
    inputBytes?: boolean
    outputBytes?: boolean
    error?: boolean
    cause?: boolean
    failedStateName?: boolean
    redriveCount?: boolean
    redriveStatus?: boolean
    redriveStatusReason?: boolean
    redriveDate?: boolean
    mapRunArn?: boolean
    eventCount?: boolean
    lastEventAt?: boolean
    stateTransitions?: boolean
    historyComplete?: boolean
    lastSyncedAt?: boolean
    stateMachine?: boolean | StateMachineDefaultArgs<ExtArgs>
    revision?: boolean | Execution$revisionArgs<ExtArgs>
    source?: boolean | SourceDefaultArgs<ExtArgs>
    events?: boolean | Execution$eventsArgs<ExtArgs>
    _count?: boolean | ExecutionCountOutputTypeDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["execution"]>

  export type ExecutionSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    arn?: boolean
    name?: boolean
    stateMachineId?: boolean
    revisionId?: boolean
    sourceId?: boolean
    status?: boolean
    startDate?: boolean
    stopDate?: boolean
    durationMs?: boolean
    input?: boolean
    output?: boolean
    inputBytes?: boolean
    outputBytes?: boolean
    error?: boolean
    cause?: boolean
    failedStateName?: boolean
    redriveCount?: boolean
    redriveStatus?: boolean
    redriveStatusReason?: boolean
    redriveDate?: boolean
    mapRunArn?: boolean
    eventCount?: boolean
    lastEventAt?: boolean
    stateTransitions?: boolean
    historyComplete?: boolean
    lastSyncedAt?: boolean
    stateMachine?: boolean | StateMachineDefaultArgs<ExtArgs>
    revision?: boolean | Execution$revisionArgs<ExtArgs>
    source?: boolean | SourceDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["execution"]>

  export type ExecutionSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    arn?: boolean
    name?: boolean
    stateMachineId?: boolean
    revisionId?: boolean
    sourceId?: boolean
    status?: boolean
    startDate?: boolean
    stopDate?: boolean
    durationMs?: boolean
    input?: boolean
    output?: boolean
    inputBytes?: boolean
    outputBytes?: boolean
    error?: boolean
    cause?: boolean
    failedStateName?: boolean
    redriveCount?: boolean
    redriveStatus?: boolean
    redriveStatusReason?: boolean
    redriveDate?: boolean
    mapRunArn?: boolean
    eventCount?: boolean
    lastEventAt?: boolean
    stateTransitions?: boolean
    historyComplete?: boolean
    lastSyncedAt?: boolean
    stateMachine?: boolean | StateMachineDefaultArgs<ExtArgs>
    revision?: boolean | Execution$revisionArgs<ExtArgs>
    source?: boolean | SourceDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["execution"]>

  export type ExecutionSelectScalar = {
    id?: boolean
    arn?: boolean
    name?: boolean
    stateMachineId?: boolean
    revisionId?: boolean
    sourceId?: boolean
    status?: boolean
    startDate?: boolean
    stopDate?: boolean
    durationMs?: boolean
    input?: boolean
    output?: boolean
    inputBytes?: boolean
    outputBytes?: boolean
    error?: boolean
    cause?: boolean
    failedStateName?: boolean
    redriveCount?: boolean
    redriveStatus?: boolean
    redriveStatusReason?: boolean
    redriveDate?: boolean
    mapRunArn?: boolean
    eventCount?: boolean
    lastEventAt?: boolean
    stateTransitions?: boolean
    historyComplete?: boolean
    lastSyncedAt?: boolean
  }

  export type ExecutionOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "arn" | "name" | "stateMachineId" | "revisionId" | "sourceId" | "status" | "startDate" | "stopDate" | "durationMs" | "input" | "output" | "inputBytes" | "outputBytes" | "error" | "cause" | "failedStateName" | "redriveCount" | "redriveStatus" | "redriveStatusReason" | "redriveDate" | "mapRunArn" | "eventCount" | "lastEventAt" | "stateTransitions" | "historyComplete" | "lastSyncedAt", ExtArgs["result"]["execution"]>
  export type ExecutionInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    stateMachine?: boolean | StateMachineDefaultArgs<ExtArgs>
    revision?: boolean | Execution$revisionArgs<ExtArgs>
    source?: boolean | SourceDefaultArgs<ExtArgs>
    events?: boolean | Execution$eventsArgs<ExtArgs>
    _count?: boolean | ExecutionCountOutputTypeDefaultArgs<ExtArgs>
  }
  export type ExecutionIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    stateMachine?: boolean | StateMachineDefaultArgs<ExtArgs>
    revision?: boolean | Execution$revisionArgs<ExtArgs>
    source?: boolean | SourceDefaultArgs<ExtArgs>
  }
  export type ExecutionIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    stateMachine?: boolean | StateMachineDefaultArgs<ExtArgs>
    revision?: boolean | Execution$revisionArgs<ExtArgs>
    source?: boolean | SourceDefaultArgs<ExtArgs>
  }

  export type $ExecutionPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "Execution"
    objects: {
      stateMachine: Prisma.$StateMachinePayload<ExtArgs>
      revision: Prisma.$StateMachineRevisionPayload<ExtArgs> | null
      source: Prisma.$SourcePayload<ExtArgs>
      events: Prisma.$HistoryEventPayload<ExtArgs>[]
    }
    scalars: $Extensions.GetPayloadResult<{
      id: number
      /**
       * arn:aws:states:<region>:<account>:execution:<machine>:<name> (express: …:express:…)
       */
      arn: string
      name: string
      stateMachineId: number
      /**
       * The definition this execution ran, when known.
       */
      revisionId: number | null
      sourceId: number
      /**
       * RUNNING | SUCCEEDED | FAILED | TIMED_OUT | ABORTED | PENDING_REDRIVE
       */
      status: string
      startDate: Date
      stopDate: Date | null
      /**
       * stopDate - startDate; null while running.
       */
      durationMs: number | null
      /**
       * Execution input as JSON text; large, so list queries omit it.
       */
      input: string | null
      output: string | null
      /**
       * UTF-8 size of input/output: the 256 KiB quota is in bytes (quotas.md §1).
       */
      inputBytes: number | null
      outputBytes: number | null
      error: string | null
      cause: string | null
      /**
       * The state whose failure ended the execution.
       */
      failedStateName: string | null
      redriveCount: number
      /**
       * REDRIVABLE | NOT_REDRIVABLE | REDRIVABLE_BY_MAP_RUN
       */
      redriveStatus: string | null
      redriveStatusReason: string | null
      redriveDate: Date | null
      /**
       * Set when a Map Run started this execution.
       */
      mapRunArn: string | null
      /**
       * Events stored for this execution.
       */
      eventCount: number
      /**
       * Timestamp of the newest stored event: how long a running execution has been quiet.
       */
      lastEventAt: Date | null
      /**
       * Billed state transitions counted from the history (pricing.md §1), null when the history is incomplete.
       */
      stateTransitions: number | null
      /**
       * False when only a description was stored, or the history was cut short.
       */
      historyComplete: boolean
      lastSyncedAt: Date
    }, ExtArgs["result"]["execution"]>
    composites: {}
  }

  type ExecutionGetPayload<S extends boolean | null | undefined | ExecutionDefaultArgs> = $Result.GetResult<Prisma.$ExecutionPayload, S>

  type ExecutionCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<ExecutionFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: ExecutionCountAggregateInputType | true
    }

  export interface ExecutionDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['Execution'], meta: { name: 'Execution' } }
    /**
     * Find zero or one Execution that matches the filter.
     * @param {ExecutionFindUniqueArgs} args - Arguments to find a Execution
     * @example
     * // Get one Execution
     * const execution = await prisma.execution.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends ExecutionFindUniqueArgs>(args: SelectSubset<T, ExecutionFindUniqueArgs<ExtArgs>>): Prisma__ExecutionClient<$Result.GetResult<Prisma.$ExecutionPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one Execution that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {ExecutionFindUniqueOrThrowArgs} args - Arguments to find a Execution
     * @example
     * // Get one Execution
     * const execution = await prisma.execution.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends ExecutionFindUniqueOrThrowArgs>(args: SelectSubset<T, ExecutionFindUniqueOrThrowArgs<ExtArgs>>): Prisma__ExecutionClient<$Result.GetResult<Prisma.$ExecutionPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Execution that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ExecutionFindFirstArgs} args - Arguments to find a Execution
     * @example
     * // Get one Execution
     * const execution = await prisma.execution.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends ExecutionFindFirstArgs>(args?: SelectSubset<T, ExecutionFindFirstArgs<ExtArgs>>): Prisma__ExecutionClient<$Result.GetResult<Prisma.$ExecutionPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Execution that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ExecutionFindFirstOrThrowArgs} args - Arguments to find a Execution
     * @example
     * // Get one Execution
     * const execution = await prisma.execution.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends ExecutionFindFirstOrThrowArgs>(args?: SelectSubset<T, ExecutionFindFirstOrThrowArgs<ExtArgs>>): Prisma__ExecutionClient<$Result.GetResult<Prisma.$ExecutionPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more Executions that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ExecutionFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all Executions
     * const executions = await prisma.execution.findMany()
     * 
     * // Get first 10 Executions
     * const executions = await prisma.execution.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const executionWithIdOnly = await prisma.execution.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends ExecutionFindManyArgs>(args?: SelectSubset<T, ExecutionFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ExecutionPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a Execution.
     * @param {ExecutionCreateArgs} args - Arguments to create a Execution.
     * @example
     * // Create one Execution
     * const Execution = await prisma.execution.create({
     *   data: {
     *     // ... data to create a Execution
     *   }
     * })
     * 
     */
    create<T extends ExecutionCreateArgs>(args: SelectSubset<T, ExecutionCreateArgs<ExtArgs>>): Prisma__ExecutionClient<$Result.GetResult<Prisma.$ExecutionPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many Executions.
     * @param {ExecutionCreateManyArgs} args - Arguments to create many Executions.
     * @example
     * // Create many Executions
     * const execution = await prisma.execution.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends ExecutionCreateManyArgs>(args?: SelectSubset<T, ExecutionCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many Executions and returns the data saved in the database.
     * @param {ExecutionCreateManyAndReturnArgs} args - Arguments to create many Executions.
     * @example
     * // Create many Executions
     * const execution = await prisma.execution.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many Executions and only return the `id`
     * const executionWithIdOnly = await prisma.execution.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends ExecutionCreateManyAndReturnArgs>(args?: SelectSubset<T, ExecutionCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ExecutionPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a Execution.
     * @param {ExecutionDeleteArgs} args - Arguments to delete one Execution.
     * @example
     * // Delete one Execution
     * const Execution = await prisma.execution.delete({
     *   where: {
     *     // ... filter to delete one Execution
     *   }
     * })
     * 
     */
    delete<T extends ExecutionDeleteArgs>(args: SelectSubset<T, ExecutionDeleteArgs<ExtArgs>>): Prisma__ExecutionClient<$Result.GetResult<Prisma.$ExecutionPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one Execution.
     * @param {ExecutionUpdateArgs} args - Arguments to update one Execution.
     * @example
     * // Update one Execution
     * const execution = await prisma.execution.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends ExecutionUpdateArgs>(args: SelectSubset<T, ExecutionUpdateArgs<ExtArgs>>): Prisma__ExecutionClient<$Result.GetResult<Prisma.$ExecutionPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more Executions.
     * @param {ExecutionDeleteManyArgs} args - Arguments to filter Executions to delete.
     * @example
     * // Delete a few Executions
     * const { count } = await prisma.execution.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends ExecutionDeleteManyArgs>(args?: SelectSubset<T, ExecutionDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Executions.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ExecutionUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many Executions
     * const execution = await prisma.execution.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends ExecutionUpdateManyArgs>(args: SelectSubset<T, ExecutionUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Executions and returns the data updated in the database.
     * @param {ExecutionUpdateManyAndReturnArgs} args - Arguments to update many Executions.
     * @example
     * // Update many Executions
     * const execution = await prisma.execution.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more Executions and only return the `id`
     * const executionWithIdOnly = await prisma.execution.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends ExecutionUpdateManyAndReturnArgs>(args: SelectSubset<T, ExecutionUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ExecutionPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one Execution.
     * @param {ExecutionUpsertArgs} args - Arguments to update or create a Execution.
     * @example
     * // Update or create a Execution
     * const execution = await prisma.execution.upsert({
     *   create: {
     *     // ... data to create a Execution
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the Execution we want to update
     *   }
     * })
     */
    upsert<T extends ExecutionUpsertArgs>(args: SelectSubset<T, ExecutionUpsertArgs<ExtArgs>>): Prisma__ExecutionClient<$Result.GetResult<Prisma.$ExecutionPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of Executions.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ExecutionCountArgs} args - Arguments to filter Executions to count.
     * @example
     * // Count the number of Executions
     * const count = await prisma.execution.count({
     *   where: {
     *     // ... the filter for the Executions we want to count
     *   }
     * })
    **/
    count<T extends ExecutionCountArgs>(
      args?: Subset<T, ExecutionCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], ExecutionCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a Execution.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ExecutionAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends ExecutionAggregateArgs>(args: Subset<T, ExecutionAggregateArgs>): Prisma.PrismaPromise<GetExecutionAggregateType<T>>

    /**
     * Group by Execution.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ExecutionGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends ExecutionGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: ExecutionGroupByArgs['orderBy'] }
        : { orderBy?: ExecutionGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, ExecutionGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetExecutionGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the Execution model
   */
  readonly fields: ExecutionFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for Execution.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__ExecutionClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    stateMachine<T extends StateMachineDefaultArgs<ExtArgs> = {}>(args?: Subset<T, StateMachineDefaultArgs<ExtArgs>>): Prisma__StateMachineClient<$Result.GetResult<Prisma.$StateMachinePayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    revision<T extends Execution$revisionArgs<ExtArgs> = {}>(args?: Subset<T, Execution$revisionArgs<ExtArgs>>): Prisma__StateMachineRevisionClient<$Result.GetResult<Prisma.$StateMachineRevisionPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>
    source<T extends SourceDefaultArgs<ExtArgs> = {}>(args?: Subset<T, SourceDefaultArgs<ExtArgs>>): Prisma__SourceClient<$Result.GetResult<Prisma.$SourcePayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    events<T extends Execution$eventsArgs<ExtArgs> = {}>(args?: Subset<T, Execution$eventsArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$HistoryEventPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the Execution model
   */
  interface ExecutionFieldRefs {
    readonly id: FieldRef<"Execution", 'Int'>
    readonly arn: FieldRef<"Execution", 'String'>
    readonly name: FieldRef<"Execution", 'String'>
    readonly stateMachineId: FieldRef<"Execution", 'Int'>
    readonly revisionId: FieldRef<"Execution", 'Int'>
    readonly sourceId: FieldRef<"Execution", 'Int'>
    readonly status: FieldRef<"Execution", 'String'>
    readonly startDate: FieldRef<"Execution", 'DateTime'>
    readonly stopDate: FieldRef<"Execution", 'DateTime'>
    readonly durationMs: FieldRef<"Execution", 'Int'>
    readonly input: FieldRef<"Execution", 'String'>
    readonly output: FieldRef<"Execution", 'String'>
    readonly inputBytes: FieldRef<"Execution", 'Int'>
    readonly outputBytes: FieldRef<"Execution", 'Int'>
    readonly error: FieldRef<"Execution", 'String'>
    readonly cause: FieldRef<"Execution", 'String'>
    readonly failedStateName: FieldRef<"Execution", 'String'>
    readonly redriveCount: FieldRef<"Execution", 'Int'>
    readonly redriveStatus: FieldRef<"Execution", 'String'>
    readonly redriveStatusReason: FieldRef<"Execution", 'String'>
    readonly redriveDate: FieldRef<"Execution", 'DateTime'>
    readonly mapRunArn: FieldRef<"Execution", 'String'>
    readonly eventCount: FieldRef<"Execution", 'Int'>
    readonly lastEventAt: FieldRef<"Execution", 'DateTime'>
    readonly stateTransitions: FieldRef<"Execution", 'Int'>
    readonly historyComplete: FieldRef<"Execution", 'Boolean'>
    readonly lastSyncedAt: FieldRef<"Execution", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * Execution findUnique
   */
  export type ExecutionFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Execution
     */
    select?: ExecutionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Execution
     */
    omit?: ExecutionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ExecutionInclude<ExtArgs> | null
    /**
     * Filter, which Execution to fetch.
     */
    where: ExecutionWhereUniqueInput
  }

  /**
   * Execution findUniqueOrThrow
   */
  export type ExecutionFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Execution
     */
    select?: ExecutionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Execution
     */
    omit?: ExecutionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ExecutionInclude<ExtArgs> | null
    /**
     * Filter, which Execution to fetch.
     */
    where: ExecutionWhereUniqueInput
  }

  /**
   * Execution findFirst
   */
  export type ExecutionFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Execution
     */
    select?: ExecutionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Execution
     */
    omit?: ExecutionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ExecutionInclude<ExtArgs> | null
    /**
     * Filter, which Execution to fetch.
     */
    where?: ExecutionWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Executions to fetch.
     */
    orderBy?: ExecutionOrderByWithRelationInput | ExecutionOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Executions.
     */
    cursor?: ExecutionWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Executions from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Executions.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Executions.
     */
    distinct?: ExecutionScalarFieldEnum | ExecutionScalarFieldEnum[]
  }

  /**
   * Execution findFirstOrThrow
   */
  export type ExecutionFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Execution
     */
    select?: ExecutionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Execution
     */
    omit?: ExecutionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ExecutionInclude<ExtArgs> | null
    /**
     * Filter, which Execution to fetch.
     */
    where?: ExecutionWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Executions to fetch.
     */
    orderBy?: ExecutionOrderByWithRelationInput | ExecutionOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Executions.
     */
    cursor?: ExecutionWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Executions from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Executions.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Executions.
     */
    distinct?: ExecutionScalarFieldEnum | ExecutionScalarFieldEnum[]
  }

  /**
   * Execution findMany
   */
  export type ExecutionFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Execution
     */
    select?: ExecutionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Execution
     */
    omit?: ExecutionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ExecutionInclude<ExtArgs> | null
    /**
     * Filter, which Executions to fetch.
     */
    where?: ExecutionWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Executions to fetch.
     */
    orderBy?: ExecutionOrderByWithRelationInput | ExecutionOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing Executions.
     */
    cursor?: ExecutionWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Executions from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Executions.
     */
    skip?: number
    distinct?: ExecutionScalarFieldEnum | ExecutionScalarFieldEnum[]
  }

  /**
   * Execution create
   */
  export type ExecutionCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Execution
     */
    select?: ExecutionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Execution
     */
    omit?: ExecutionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ExecutionInclude<ExtArgs> | null
    /**
     * The data needed to create a Execution.
     */
    data: XOR<ExecutionCreateInput, ExecutionUncheckedCreateInput>
  }

  /**
   * Execution createMany
   */
  export type ExecutionCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many Executions.
     */
    data: ExecutionCreateManyInput | ExecutionCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * Execution createManyAndReturn
   */
  export type ExecutionCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Execution
     */
    select?: ExecutionSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Execution
     */
    omit?: ExecutionOmit<ExtArgs> | null
    /**
     * The data used to create many Executions.
     */
    data: ExecutionCreateManyInput | ExecutionCreateManyInput[]
    skipDuplicates?: boolean
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ExecutionIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * Execution update
   */
  export type ExecutionUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Execution
     */
    select?: ExecutionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Execution
     */
    omit?: ExecutionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ExecutionInclude<ExtArgs> | null
    /**
     * The data needed to update a Execution.
     */
    data: XOR<ExecutionUpdateInput, ExecutionUncheckedUpdateInput>
    /**
     * Choose, which Execution to update.
     */
    where: ExecutionWhereUniqueInput
  }

  /**
   * Execution updateMany
   */
  export type ExecutionUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update Executions.
     */
    data: XOR<ExecutionUpdateManyMutationInput, ExecutionUncheckedUpdateManyInput>
    /**
     * Filter which Executions to update
     */
    where?: ExecutionWhereInput
    /**
     * Limit how many Executions to update.
     */
    limit?: number
  }

  /**
   * Execution updateManyAndReturn
   */
  export type ExecutionUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Execution
     */
    select?: ExecutionSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Execution
     */
    omit?: ExecutionOmit<ExtArgs> | null
    /**
     * The data used to update Executions.
     */
    data: XOR<ExecutionUpdateManyMutationInput, ExecutionUncheckedUpdateManyInput>
    /**
     * Filter which Executions to update
     */
    where?: ExecutionWhereInput
    /**
     * Limit how many Executions to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ExecutionIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * Execution upsert
   */
  export type ExecutionUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Execution
     */
    select?: ExecutionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Execution
     */
    omit?: ExecutionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ExecutionInclude<ExtArgs> | null
    /**
     * The filter to search for the Execution to update in case it exists.
     */
    where: ExecutionWhereUniqueInput
    /**
     * In case the Execution found by the `where` argument doesn't exist, create a new Execution with this data.
     */
    create: XOR<ExecutionCreateInput, ExecutionUncheckedCreateInput>
    /**
     * In case the Execution was found with the provided `where` argument, update it with this data.
     */
    update: XOR<ExecutionUpdateInput, ExecutionUncheckedUpdateInput>
  }

  /**
   * Execution delete
   */
  export type ExecutionDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Execution
     */
    select?: ExecutionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Execution
     */
    omit?: ExecutionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ExecutionInclude<ExtArgs> | null
    /**
     * Filter which Execution to delete.
     */
    where: ExecutionWhereUniqueInput
  }

  /**
   * Execution deleteMany
   */
  export type ExecutionDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Executions to delete
     */
    where?: ExecutionWhereInput
    /**
     * Limit how many Executions to delete.
     */
    limit?: number
  }

  /**
   * Execution.revision
   */
  export type Execution$revisionArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the StateMachineRevision
     */
    select?: StateMachineRevisionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the StateMachineRevision
     */
    omit?: StateMachineRevisionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: StateMachineRevisionInclude<ExtArgs> | null
    where?: StateMachineRevisionWhereInput
  }

  /**
   * Execution.events
   */
  export type Execution$eventsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the HistoryEvent
     */
    select?: HistoryEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the HistoryEvent
     */
    omit?: HistoryEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: HistoryEventInclude<ExtArgs> | null
    where?: HistoryEventWhereInput
    orderBy?: HistoryEventOrderByWithRelationInput | HistoryEventOrderByWithRelationInput[]
    cursor?: HistoryEventWhereUniqueInput
    take?: number
    skip?: number
    distinct?: HistoryEventScalarFieldEnum | HistoryEventScalarFieldEnum[]
  }

  /**
   * Execution without action
   */
  export type ExecutionDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Execution
     */
    select?: ExecutionSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Execution
     */
    omit?: ExecutionOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ExecutionInclude<ExtArgs> | null
  }


  /**
   * Model HistoryEvent
   */

  export type AggregateHistoryEvent = {
    _count: HistoryEventCountAggregateOutputType | null
    _avg: HistoryEventAvgAggregateOutputType | null
    _sum: HistoryEventSumAggregateOutputType | null
    _min: HistoryEventMinAggregateOutputType | null
    _max: HistoryEventMaxAggregateOutputType | null
  }

  export type HistoryEventAvgAggregateOutputType = {
    executionId: number | null
    eventId: number | null
    previousEventId: number | null
  }

  export type HistoryEventSumAggregateOutputType = {
    executionId: number | null
    eventId: number | null
    previousEventId: number | null
  }

  export type HistoryEventMinAggregateOutputType = {
    executionId: number | null
    eventId: number | null
    previousEventId: number | null
    type: string | null
    timestamp: Date | null
    stateName: string | null
  }

  export type HistoryEventMaxAggregateOutputType = {
    executionId: number | null
    eventId: number | null
    previousEventId: number | null
    type: string | null
    timestamp: Date | null
    stateName: string | null
  }

  export type HistoryEventCountAggregateOutputType = {
    executionId: number
    eventId: number
    previousEventId: number
    type: number
    timestamp: number
    stateName: number
    details: number
    _all: number
  }


  export type HistoryEventAvgAggregateInputType = {
    executionId?: true
    eventId?: true
    previousEventId?: true
  }

  export type HistoryEventSumAggregateInputType = {
    executionId?: true
    eventId?: true
    previousEventId?: true
  }

  export type HistoryEventMinAggregateInputType = {
    executionId?: true
    eventId?: true
    previousEventId?: true
    type?: true
    timestamp?: true
    stateName?: true
  }

  export type HistoryEventMaxAggregateInputType = {
    executionId?: true
    eventId?: true
    previousEventId?: true
    type?: true
    timestamp?: true
    stateName?: true
  }

  export type HistoryEventCountAggregateInputType = {
    executionId?: true
    eventId?: true
    previousEventId?: true
    type?: true
    timestamp?: true
    stateName?: true
    details?: true
    _all?: true
  }

  export type HistoryEventAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which HistoryEvent to aggregate.
     */
    where?: HistoryEventWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of HistoryEvents to fetch.
     */
    orderBy?: HistoryEventOrderByWithRelationInput | HistoryEventOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: HistoryEventWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` HistoryEvents from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` HistoryEvents.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned HistoryEvents
    **/
    _count?: true | HistoryEventCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to average
    **/
    _avg?: HistoryEventAvgAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to sum
    **/
    _sum?: HistoryEventSumAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: HistoryEventMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: HistoryEventMaxAggregateInputType
  }

  export type GetHistoryEventAggregateType<T extends HistoryEventAggregateArgs> = {
        [P in keyof T & keyof AggregateHistoryEvent]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateHistoryEvent[P]>
      : GetScalarType<T[P], AggregateHistoryEvent[P]>
  }




  export type HistoryEventGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: HistoryEventWhereInput
    orderBy?: HistoryEventOrderByWithAggregationInput | HistoryEventOrderByWithAggregationInput[]
    by: HistoryEventScalarFieldEnum[] | HistoryEventScalarFieldEnum
    having?: HistoryEventScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: HistoryEventCountAggregateInputType | true
    _avg?: HistoryEventAvgAggregateInputType
    _sum?: HistoryEventSumAggregateInputType
    _min?: HistoryEventMinAggregateInputType
    _max?: HistoryEventMaxAggregateInputType
  }

  export type HistoryEventGroupByOutputType = {
    executionId: number
    eventId: number
    previousEventId: number | null
    type: string
    timestamp: Date
    stateName: string | null
    details: JsonValue
    _count: HistoryEventCountAggregateOutputType | null
    _avg: HistoryEventAvgAggregateOutputType | null
    _sum: HistoryEventSumAggregateOutputType | null
    _min: HistoryEventMinAggregateOutputType | null
    _max: HistoryEventMaxAggregateOutputType | null
  }

  type GetHistoryEventGroupByPayload<T extends HistoryEventGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<HistoryEventGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof HistoryEventGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], HistoryEventGroupByOutputType[P]>
            : GetScalarType<T[P], HistoryEventGroupByOutputType[P]>
        }
      >
    >


  export type HistoryEventSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    executionId?: boolean
    eventId?: boolean
    previousEventId?: boolean
    type?: boolean
    timestamp?: boolean
    stateName?: boolean
    details?: boolean
    execution?: boolean | ExecutionDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["historyEvent"]>

  export type HistoryEventSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    executionId?: boolean
    eventId?: boolean
    previousEventId?: boolean
    type?: boolean
    timestamp?: boolean
    stateName?: boolean
    details?: boolean
    execution?: boolean | ExecutionDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["historyEvent"]>

  export type HistoryEventSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    executionId?: boolean
    eventId?: boolean
    previousEventId?: boolean
    type?: boolean
    timestamp?: boolean
    stateName?: boolean
    details?: boolean
    execution?: boolean | ExecutionDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["historyEvent"]>

  export type HistoryEventSelectScalar = {
    executionId?: boolean
    eventId?: boolean
    previousEventId?: boolean
    type?: boolean
    timestamp?: boolean
    stateName?: boolean
    details?: boolean
  }

  export type HistoryEventOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"executionId" | "eventId" | "previousEventId" | "type" | "timestamp" | "stateName" | "details", ExtArgs["result"]["historyEvent"]>
  export type HistoryEventInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    execution?: boolean | ExecutionDefaultArgs<ExtArgs>
  }
  export type HistoryEventIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    execution?: boolean | ExecutionDefaultArgs<ExtArgs>
  }
  export type HistoryEventIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    execution?: boolean | ExecutionDefaultArgs<ExtArgs>
  }

  export type $HistoryEventPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "HistoryEvent"
    objects: {
      execution: Prisma.$ExecutionPayload<ExtArgs>
    }
    scalars: $Extensions.GetPayloadResult<{
      executionId: number
      /**
       * The event's id within its execution, from 1.
       */
      eventId: number
      previousEventId: number | null
      type: string
      timestamp: Date
      /**
       * State name of *StateEntered/*StateExited events, for filters and replay.
       */
      stateName: string | null
      /**
       * Every member of the event besides timestamp, type, id and previousEventId, as AWS sent it
       * (e.g. {"taskFailedEventDetails": {...}}).
       */
      details: Prisma.JsonValue
    }, ExtArgs["result"]["historyEvent"]>
    composites: {}
  }

  type HistoryEventGetPayload<S extends boolean | null | undefined | HistoryEventDefaultArgs> = $Result.GetResult<Prisma.$HistoryEventPayload, S>

  type HistoryEventCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<HistoryEventFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: HistoryEventCountAggregateInputType | true
    }

  export interface HistoryEventDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['HistoryEvent'], meta: { name: 'HistoryEvent' } }
    /**
     * Find zero or one HistoryEvent that matches the filter.
     * @param {HistoryEventFindUniqueArgs} args - Arguments to find a HistoryEvent
     * @example
     * // Get one HistoryEvent
     * const historyEvent = await prisma.historyEvent.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends HistoryEventFindUniqueArgs>(args: SelectSubset<T, HistoryEventFindUniqueArgs<ExtArgs>>): Prisma__HistoryEventClient<$Result.GetResult<Prisma.$HistoryEventPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one HistoryEvent that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {HistoryEventFindUniqueOrThrowArgs} args - Arguments to find a HistoryEvent
     * @example
     * // Get one HistoryEvent
     * const historyEvent = await prisma.historyEvent.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends HistoryEventFindUniqueOrThrowArgs>(args: SelectSubset<T, HistoryEventFindUniqueOrThrowArgs<ExtArgs>>): Prisma__HistoryEventClient<$Result.GetResult<Prisma.$HistoryEventPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first HistoryEvent that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {HistoryEventFindFirstArgs} args - Arguments to find a HistoryEvent
     * @example
     * // Get one HistoryEvent
     * const historyEvent = await prisma.historyEvent.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends HistoryEventFindFirstArgs>(args?: SelectSubset<T, HistoryEventFindFirstArgs<ExtArgs>>): Prisma__HistoryEventClient<$Result.GetResult<Prisma.$HistoryEventPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first HistoryEvent that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {HistoryEventFindFirstOrThrowArgs} args - Arguments to find a HistoryEvent
     * @example
     * // Get one HistoryEvent
     * const historyEvent = await prisma.historyEvent.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends HistoryEventFindFirstOrThrowArgs>(args?: SelectSubset<T, HistoryEventFindFirstOrThrowArgs<ExtArgs>>): Prisma__HistoryEventClient<$Result.GetResult<Prisma.$HistoryEventPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more HistoryEvents that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {HistoryEventFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all HistoryEvents
     * const historyEvents = await prisma.historyEvent.findMany()
     * 
     * // Get first 10 HistoryEvents
     * const historyEvents = await prisma.historyEvent.findMany({ take: 10 })
     * 
     * // Only select the `executionId`
     * const historyEventWithExecutionIdOnly = await prisma.historyEvent.findMany({ select: { executionId: true } })
     * 
     */
    findMany<T extends HistoryEventFindManyArgs>(args?: SelectSubset<T, HistoryEventFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$HistoryEventPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a HistoryEvent.
     * @param {HistoryEventCreateArgs} args - Arguments to create a HistoryEvent.
     * @example
     * // Create one HistoryEvent
     * const HistoryEvent = await prisma.historyEvent.create({
     *   data: {
     *     // ... data to create a HistoryEvent
     *   }
     * })
     * 
     */
    create<T extends HistoryEventCreateArgs>(args: SelectSubset<T, HistoryEventCreateArgs<ExtArgs>>): Prisma__HistoryEventClient<$Result.GetResult<Prisma.$HistoryEventPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many HistoryEvents.
     * @param {HistoryEventCreateManyArgs} args - Arguments to create many HistoryEvents.
     * @example
     * // Create many HistoryEvents
     * const historyEvent = await prisma.historyEvent.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends HistoryEventCreateManyArgs>(args?: SelectSubset<T, HistoryEventCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many HistoryEvents and returns the data saved in the database.
     * @param {HistoryEventCreateManyAndReturnArgs} args - Arguments to create many HistoryEvents.
     * @example
     * // Create many HistoryEvents
     * const historyEvent = await prisma.historyEvent.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many HistoryEvents and only return the `executionId`
     * const historyEventWithExecutionIdOnly = await prisma.historyEvent.createManyAndReturn({
     *   select: { executionId: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends HistoryEventCreateManyAndReturnArgs>(args?: SelectSubset<T, HistoryEventCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$HistoryEventPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a HistoryEvent.
     * @param {HistoryEventDeleteArgs} args - Arguments to delete one HistoryEvent.
     * @example
     * // Delete one HistoryEvent
     * const HistoryEvent = await prisma.historyEvent.delete({
     *   where: {
     *     // ... filter to delete one HistoryEvent
     *   }
     * })
     * 
     */
    delete<T extends HistoryEventDeleteArgs>(args: SelectSubset<T, HistoryEventDeleteArgs<ExtArgs>>): Prisma__HistoryEventClient<$Result.GetResult<Prisma.$HistoryEventPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one HistoryEvent.
     * @param {HistoryEventUpdateArgs} args - Arguments to update one HistoryEvent.
     * @example
     * // Update one HistoryEvent
     * const historyEvent = await prisma.historyEvent.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends HistoryEventUpdateArgs>(args: SelectSubset<T, HistoryEventUpdateArgs<ExtArgs>>): Prisma__HistoryEventClient<$Result.GetResult<Prisma.$HistoryEventPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more HistoryEvents.
     * @param {HistoryEventDeleteManyArgs} args - Arguments to filter HistoryEvents to delete.
     * @example
     * // Delete a few HistoryEvents
     * const { count } = await prisma.historyEvent.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends HistoryEventDeleteManyArgs>(args?: SelectSubset<T, HistoryEventDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more HistoryEvents.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {HistoryEventUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many HistoryEvents
     * const historyEvent = await prisma.historyEvent.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends HistoryEventUpdateManyArgs>(args: SelectSubset<T, HistoryEventUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more HistoryEvents and returns the data updated in the database.
     * @param {HistoryEventUpdateManyAndReturnArgs} args - Arguments to update many HistoryEvents.
     * @example
     * // Update many HistoryEvents
     * const historyEvent = await prisma.historyEvent.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more HistoryEvents and only return the `executionId`
     * const historyEventWithExecutionIdOnly = await prisma.historyEvent.updateManyAndReturn({
     *   select: { executionId: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends HistoryEventUpdateManyAndReturnArgs>(args: SelectSubset<T, HistoryEventUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$HistoryEventPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one HistoryEvent.
     * @param {HistoryEventUpsertArgs} args - Arguments to update or create a HistoryEvent.
     * @example
     * // Update or create a HistoryEvent
     * const historyEvent = await prisma.historyEvent.upsert({
     *   create: {
     *     // ... data to create a HistoryEvent
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the HistoryEvent we want to update
     *   }
     * })
     */
    upsert<T extends HistoryEventUpsertArgs>(args: SelectSubset<T, HistoryEventUpsertArgs<ExtArgs>>): Prisma__HistoryEventClient<$Result.GetResult<Prisma.$HistoryEventPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of HistoryEvents.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {HistoryEventCountArgs} args - Arguments to filter HistoryEvents to count.
     * @example
     * // Count the number of HistoryEvents
     * const count = await prisma.historyEvent.count({
     *   where: {
     *     // ... the filter for the HistoryEvents we want to count
     *   }
     * })
    **/
    count<T extends HistoryEventCountArgs>(
      args?: Subset<T, HistoryEventCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], HistoryEventCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a HistoryEvent.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {HistoryEventAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends HistoryEventAggregateArgs>(args: Subset<T, HistoryEventAggregateArgs>): Prisma.PrismaPromise<GetHistoryEventAggregateType<T>>

    /**
     * Group by HistoryEvent.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {HistoryEventGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends HistoryEventGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: HistoryEventGroupByArgs['orderBy'] }
        : { orderBy?: HistoryEventGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, HistoryEventGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetHistoryEventGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the HistoryEvent model
   */
  readonly fields: HistoryEventFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for HistoryEvent.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__HistoryEventClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    execution<T extends ExecutionDefaultArgs<ExtArgs> = {}>(args?: Subset<T, ExecutionDefaultArgs<ExtArgs>>): Prisma__ExecutionClient<$Result.GetResult<Prisma.$ExecutionPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the HistoryEvent model
   */
  interface HistoryEventFieldRefs {
    readonly executionId: FieldRef<"HistoryEvent", 'Int'>
    readonly eventId: FieldRef<"HistoryEvent", 'Int'>
    readonly previousEventId: FieldRef<"HistoryEvent", 'Int'>
    readonly type: FieldRef<"HistoryEvent", 'String'>
    readonly timestamp: FieldRef<"HistoryEvent", 'DateTime'>
    readonly stateName: FieldRef<"HistoryEvent", 'String'>
    readonly details: FieldRef<"HistoryEvent", 'Json'>
  }
    

  // Custom InputTypes
  /**
   * HistoryEvent findUnique
   */
  export type HistoryEventFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the HistoryEvent
     */
    select?: HistoryEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the HistoryEvent
     */
    omit?: HistoryEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: HistoryEventInclude<ExtArgs> | null
    /**
     * Filter, which HistoryEvent to fetch.
     */
    where: HistoryEventWhereUniqueInput
  }

  /**
   * HistoryEvent findUniqueOrThrow
   */
  export type HistoryEventFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the HistoryEvent
     */
    select?: HistoryEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the HistoryEvent
     */
    omit?: HistoryEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: HistoryEventInclude<ExtArgs> | null
    /**
     * Filter, which HistoryEvent to fetch.
     */
    where: HistoryEventWhereUniqueInput
  }

  /**
   * HistoryEvent findFirst
   */
  export type HistoryEventFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the HistoryEvent
     */
    select?: HistoryEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the HistoryEvent
     */
    omit?: HistoryEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: HistoryEventInclude<ExtArgs> | null
    /**
     * Filter, which HistoryEvent to fetch.
     */
    where?: HistoryEventWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of HistoryEvents to fetch.
     */
    orderBy?: HistoryEventOrderByWithRelationInput | HistoryEventOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for HistoryEvents.
     */
    cursor?: HistoryEventWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` HistoryEvents from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` HistoryEvents.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of HistoryEvents.
     */
    distinct?: HistoryEventScalarFieldEnum | HistoryEventScalarFieldEnum[]
  }

  /**
   * HistoryEvent findFirstOrThrow
   */
  export type HistoryEventFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the HistoryEvent
     */
    select?: HistoryEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the HistoryEvent
     */
    omit?: HistoryEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: HistoryEventInclude<ExtArgs> | null
    /**
     * Filter, which HistoryEvent to fetch.
     */
    where?: HistoryEventWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of HistoryEvents to fetch.
     */
    orderBy?: HistoryEventOrderByWithRelationInput | HistoryEventOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for HistoryEvents.
     */
    cursor?: HistoryEventWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` HistoryEvents from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` HistoryEvents.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of HistoryEvents.
     */
    distinct?: HistoryEventScalarFieldEnum | HistoryEventScalarFieldEnum[]
  }

  /**
   * HistoryEvent findMany
   */
  export type HistoryEventFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the HistoryEvent
     */
    select?: HistoryEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the HistoryEvent
     */
    omit?: HistoryEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: HistoryEventInclude<ExtArgs> | null
    /**
     * Filter, which HistoryEvents to fetch.
     */
    where?: HistoryEventWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of HistoryEvents to fetch.
     */
    orderBy?: HistoryEventOrderByWithRelationInput | HistoryEventOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing HistoryEvents.
     */
    cursor?: HistoryEventWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` HistoryEvents from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` HistoryEvents.
     */
    skip?: number
    distinct?: HistoryEventScalarFieldEnum | HistoryEventScalarFieldEnum[]
  }

  /**
   * HistoryEvent create
   */
  export type HistoryEventCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the HistoryEvent
     */
    select?: HistoryEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the HistoryEvent
     */
    omit?: HistoryEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: HistoryEventInclude<ExtArgs> | null
    /**
     * The data needed to create a HistoryEvent.
     */
    data: XOR<HistoryEventCreateInput, HistoryEventUncheckedCreateInput>
  }

  /**
   * HistoryEvent createMany
   */
  export type HistoryEventCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many HistoryEvents.
     */
    data: HistoryEventCreateManyInput | HistoryEventCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * HistoryEvent createManyAndReturn
   */
  export type HistoryEventCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the HistoryEvent
     */
    select?: HistoryEventSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the HistoryEvent
     */
    omit?: HistoryEventOmit<ExtArgs> | null
    /**
     * The data used to create many HistoryEvents.
     */
    data: HistoryEventCreateManyInput | HistoryEventCreateManyInput[]
    skipDuplicates?: boolean
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: HistoryEventIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * HistoryEvent update
   */
  export type HistoryEventUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the HistoryEvent
     */
    select?: HistoryEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the HistoryEvent
     */
    omit?: HistoryEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: HistoryEventInclude<ExtArgs> | null
    /**
     * The data needed to update a HistoryEvent.
     */
    data: XOR<HistoryEventUpdateInput, HistoryEventUncheckedUpdateInput>
    /**
     * Choose, which HistoryEvent to update.
     */
    where: HistoryEventWhereUniqueInput
  }

  /**
   * HistoryEvent updateMany
   */
  export type HistoryEventUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update HistoryEvents.
     */
    data: XOR<HistoryEventUpdateManyMutationInput, HistoryEventUncheckedUpdateManyInput>
    /**
     * Filter which HistoryEvents to update
     */
    where?: HistoryEventWhereInput
    /**
     * Limit how many HistoryEvents to update.
     */
    limit?: number
  }

  /**
   * HistoryEvent updateManyAndReturn
   */
  export type HistoryEventUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the HistoryEvent
     */
    select?: HistoryEventSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the HistoryEvent
     */
    omit?: HistoryEventOmit<ExtArgs> | null
    /**
     * The data used to update HistoryEvents.
     */
    data: XOR<HistoryEventUpdateManyMutationInput, HistoryEventUncheckedUpdateManyInput>
    /**
     * Filter which HistoryEvents to update
     */
    where?: HistoryEventWhereInput
    /**
     * Limit how many HistoryEvents to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: HistoryEventIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * HistoryEvent upsert
   */
  export type HistoryEventUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the HistoryEvent
     */
    select?: HistoryEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the HistoryEvent
     */
    omit?: HistoryEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: HistoryEventInclude<ExtArgs> | null
    /**
     * The filter to search for the HistoryEvent to update in case it exists.
     */
    where: HistoryEventWhereUniqueInput
    /**
     * In case the HistoryEvent found by the `where` argument doesn't exist, create a new HistoryEvent with this data.
     */
    create: XOR<HistoryEventCreateInput, HistoryEventUncheckedCreateInput>
    /**
     * In case the HistoryEvent was found with the provided `where` argument, update it with this data.
     */
    update: XOR<HistoryEventUpdateInput, HistoryEventUncheckedUpdateInput>
  }

  /**
   * HistoryEvent delete
   */
  export type HistoryEventDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the HistoryEvent
     */
    select?: HistoryEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the HistoryEvent
     */
    omit?: HistoryEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: HistoryEventInclude<ExtArgs> | null
    /**
     * Filter which HistoryEvent to delete.
     */
    where: HistoryEventWhereUniqueInput
  }

  /**
   * HistoryEvent deleteMany
   */
  export type HistoryEventDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which HistoryEvents to delete
     */
    where?: HistoryEventWhereInput
    /**
     * Limit how many HistoryEvents to delete.
     */
    limit?: number
  }

  /**
   * HistoryEvent without action
   */
  export type HistoryEventDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the HistoryEvent
     */
    select?: HistoryEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the HistoryEvent
     */
    omit?: HistoryEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: HistoryEventInclude<ExtArgs> | null
  }


  /**
   * Model MetricHour
   */

  export type AggregateMetricHour = {
    _count: MetricHourCountAggregateOutputType | null
    _avg: MetricHourAvgAggregateOutputType | null
    _sum: MetricHourSumAggregateOutputType | null
    _min: MetricHourMinAggregateOutputType | null
    _max: MetricHourMaxAggregateOutputType | null
  }

  export type MetricHourAvgAggregateOutputType = {
    stateMachineId: number | null
    value: number | null
  }

  export type MetricHourSumAggregateOutputType = {
    stateMachineId: number | null
    value: number | null
  }

  export type MetricHourMinAggregateOutputType = {
    stateMachineId: number | null
    metric: string | null
    statistic: string | null
    hourStart: Date | null
    value: number | null
  }

  export type MetricHourMaxAggregateOutputType = {
    stateMachineId: number | null
    metric: string | null
    statistic: string | null
    hourStart: Date | null
    value: number | null
  }

  export type MetricHourCountAggregateOutputType = {
    stateMachineId: number
    metric: number
    statistic: number
    hourStart: number
    value: number
    _all: number
  }


  export type MetricHourAvgAggregateInputType = {
    stateMachineId?: true
    value?: true
  }

  export type MetricHourSumAggregateInputType = {
    stateMachineId?: true
    value?: true
  }

  export type MetricHourMinAggregateInputType = {
    stateMachineId?: true
    metric?: true
    statistic?: true
    hourStart?: true
    value?: true
  }

  export type MetricHourMaxAggregateInputType = {
    stateMachineId?: true
    metric?: true
    statistic?: true
    hourStart?: true
    value?: true
  }

  export type MetricHourCountAggregateInputType = {
    stateMachineId?: true
    metric?: true
    statistic?: true
    hourStart?: true
    value?: true
    _all?: true
  }

  export type MetricHourAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which MetricHour to aggregate.
     */
    where?: MetricHourWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of MetricHours to fetch.
     */
    orderBy?: MetricHourOrderByWithRelationInput | MetricHourOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: MetricHourWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` MetricHours from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` MetricHours.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned MetricHours
    **/
    _count?: true | MetricHourCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to average
    **/
    _avg?: MetricHourAvgAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to sum
    **/
    _sum?: MetricHourSumAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: MetricHourMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: MetricHourMaxAggregateInputType
  }

  export type GetMetricHourAggregateType<T extends MetricHourAggregateArgs> = {
        [P in keyof T & keyof AggregateMetricHour]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateMetricHour[P]>
      : GetScalarType<T[P], AggregateMetricHour[P]>
  }




  export type MetricHourGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: MetricHourWhereInput
    orderBy?: MetricHourOrderByWithAggregationInput | MetricHourOrderByWithAggregationInput[]
    by: MetricHourScalarFieldEnum[] | MetricHourScalarFieldEnum
    having?: MetricHourScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: MetricHourCountAggregateInputType | true
    _avg?: MetricHourAvgAggregateInputType
    _sum?: MetricHourSumAggregateInputType
    _min?: MetricHourMinAggregateInputType
    _max?: MetricHourMaxAggregateInputType
  }

  export type MetricHourGroupByOutputType = {
    stateMachineId: number
    metric: string
    statistic: string
    hourStart: Date
    value: number
    _count: MetricHourCountAggregateOutputType | null
    _avg: MetricHourAvgAggregateOutputType | null
    _sum: MetricHourSumAggregateOutputType | null
    _min: MetricHourMinAggregateOutputType | null
    _max: MetricHourMaxAggregateOutputType | null
  }

  type GetMetricHourGroupByPayload<T extends MetricHourGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<MetricHourGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof MetricHourGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], MetricHourGroupByOutputType[P]>
            : GetScalarType<T[P], MetricHourGroupByOutputType[P]>
        }
      >
    >


  export type MetricHourSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    stateMachineId?: boolean
    metric?: boolean
    statistic?: boolean
    hourStart?: boolean
    value?: boolean
    stateMachine?: boolean | StateMachineDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["metricHour"]>

  export type MetricHourSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    stateMachineId?: boolean
    metric?: boolean
    statistic?: boolean
    hourStart?: boolean
    value?: boolean
    stateMachine?: boolean | StateMachineDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["metricHour"]>

  export type MetricHourSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    stateMachineId?: boolean
    metric?: boolean
    statistic?: boolean
    hourStart?: boolean
    value?: boolean
    stateMachine?: boolean | StateMachineDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["metricHour"]>

  export type MetricHourSelectScalar = {
    stateMachineId?: boolean
    metric?: boolean
    statistic?: boolean
    hourStart?: boolean
    value?: boolean
  }

  export type MetricHourOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"stateMachineId" | "metric" | "statistic" | "hourStart" | "value", ExtArgs["result"]["metricHour"]>
  export type MetricHourInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    stateMachine?: boolean | StateMachineDefaultArgs<ExtArgs>
  }
  export type MetricHourIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    stateMachine?: boolean | StateMachineDefaultArgs<ExtArgs>
  }
  export type MetricHourIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    stateMachine?: boolean | StateMachineDefaultArgs<ExtArgs>
  }

  export type $MetricHourPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "MetricHour"
    objects: {
      stateMachine: Prisma.$StateMachinePayload<ExtArgs>
    }
    scalars: $Extensions.GetPayloadResult<{
      stateMachineId: number
      /**
       * Metric name, e.g. ExecutionsStarted, ExecutionTime, ExpressExecutionBilledDuration.
       */
      metric: string
      /**
       * Statistic: Sum | Average | Maximum | p99 …
       */
      statistic: string
      hourStart: Date
      value: number
    }, ExtArgs["result"]["metricHour"]>
    composites: {}
  }

  type MetricHourGetPayload<S extends boolean | null | undefined | MetricHourDefaultArgs> = $Result.GetResult<Prisma.$MetricHourPayload, S>

  type MetricHourCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<MetricHourFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: MetricHourCountAggregateInputType | true
    }

  export interface MetricHourDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['MetricHour'], meta: { name: 'MetricHour' } }
    /**
     * Find zero or one MetricHour that matches the filter.
     * @param {MetricHourFindUniqueArgs} args - Arguments to find a MetricHour
     * @example
     * // Get one MetricHour
     * const metricHour = await prisma.metricHour.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends MetricHourFindUniqueArgs>(args: SelectSubset<T, MetricHourFindUniqueArgs<ExtArgs>>): Prisma__MetricHourClient<$Result.GetResult<Prisma.$MetricHourPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one MetricHour that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {MetricHourFindUniqueOrThrowArgs} args - Arguments to find a MetricHour
     * @example
     * // Get one MetricHour
     * const metricHour = await prisma.metricHour.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends MetricHourFindUniqueOrThrowArgs>(args: SelectSubset<T, MetricHourFindUniqueOrThrowArgs<ExtArgs>>): Prisma__MetricHourClient<$Result.GetResult<Prisma.$MetricHourPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first MetricHour that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {MetricHourFindFirstArgs} args - Arguments to find a MetricHour
     * @example
     * // Get one MetricHour
     * const metricHour = await prisma.metricHour.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends MetricHourFindFirstArgs>(args?: SelectSubset<T, MetricHourFindFirstArgs<ExtArgs>>): Prisma__MetricHourClient<$Result.GetResult<Prisma.$MetricHourPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first MetricHour that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {MetricHourFindFirstOrThrowArgs} args - Arguments to find a MetricHour
     * @example
     * // Get one MetricHour
     * const metricHour = await prisma.metricHour.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends MetricHourFindFirstOrThrowArgs>(args?: SelectSubset<T, MetricHourFindFirstOrThrowArgs<ExtArgs>>): Prisma__MetricHourClient<$Result.GetResult<Prisma.$MetricHourPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more MetricHours that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {MetricHourFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all MetricHours
     * const metricHours = await prisma.metricHour.findMany()
     * 
     * // Get first 10 MetricHours
     * const metricHours = await prisma.metricHour.findMany({ take: 10 })
     * 
     * // Only select the `stateMachineId`
     * const metricHourWithStateMachineIdOnly = await prisma.metricHour.findMany({ select: { stateMachineId: true } })
     * 
     */
    findMany<T extends MetricHourFindManyArgs>(args?: SelectSubset<T, MetricHourFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$MetricHourPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a MetricHour.
     * @param {MetricHourCreateArgs} args - Arguments to create a MetricHour.
     * @example
     * // Create one MetricHour
     * const MetricHour = await prisma.metricHour.create({
     *   data: {
     *     // ... data to create a MetricHour
     *   }
     * })
     * 
     */
    create<T extends MetricHourCreateArgs>(args: SelectSubset<T, MetricHourCreateArgs<ExtArgs>>): Prisma__MetricHourClient<$Result.GetResult<Prisma.$MetricHourPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many MetricHours.
     * @param {MetricHourCreateManyArgs} args - Arguments to create many MetricHours.
     * @example
     * // Create many MetricHours
     * const metricHour = await prisma.metricHour.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends MetricHourCreateManyArgs>(args?: SelectSubset<T, MetricHourCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many MetricHours and returns the data saved in the database.
     * @param {MetricHourCreateManyAndReturnArgs} args - Arguments to create many MetricHours.
     * @example
     * // Create many MetricHours
     * const metricHour = await prisma.metricHour.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many MetricHours and only return the `stateMachineId`
     * const metricHourWithStateMachineIdOnly = await prisma.metricHour.createManyAndReturn({
     *   select: { stateMachineId: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends MetricHourCreateManyAndReturnArgs>(args?: SelectSubset<T, MetricHourCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$MetricHourPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a MetricHour.
     * @param {MetricHourDeleteArgs} args - Arguments to delete one MetricHour.
     * @example
     * // Delete one MetricHour
     * const MetricHour = await prisma.metricHour.delete({
     *   where: {
     *     // ... filter to delete one MetricHour
     *   }
     * })
     * 
     */
    delete<T extends MetricHourDeleteArgs>(args: SelectSubset<T, MetricHourDeleteArgs<ExtArgs>>): Prisma__MetricHourClient<$Result.GetResult<Prisma.$MetricHourPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one MetricHour.
     * @param {MetricHourUpdateArgs} args - Arguments to update one MetricHour.
     * @example
     * // Update one MetricHour
     * const metricHour = await prisma.metricHour.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends MetricHourUpdateArgs>(args: SelectSubset<T, MetricHourUpdateArgs<ExtArgs>>): Prisma__MetricHourClient<$Result.GetResult<Prisma.$MetricHourPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more MetricHours.
     * @param {MetricHourDeleteManyArgs} args - Arguments to filter MetricHours to delete.
     * @example
     * // Delete a few MetricHours
     * const { count } = await prisma.metricHour.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends MetricHourDeleteManyArgs>(args?: SelectSubset<T, MetricHourDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more MetricHours.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {MetricHourUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many MetricHours
     * const metricHour = await prisma.metricHour.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends MetricHourUpdateManyArgs>(args: SelectSubset<T, MetricHourUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more MetricHours and returns the data updated in the database.
     * @param {MetricHourUpdateManyAndReturnArgs} args - Arguments to update many MetricHours.
     * @example
     * // Update many MetricHours
     * const metricHour = await prisma.metricHour.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more MetricHours and only return the `stateMachineId`
     * const metricHourWithStateMachineIdOnly = await prisma.metricHour.updateManyAndReturn({
     *   select: { stateMachineId: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends MetricHourUpdateManyAndReturnArgs>(args: SelectSubset<T, MetricHourUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$MetricHourPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one MetricHour.
     * @param {MetricHourUpsertArgs} args - Arguments to update or create a MetricHour.
     * @example
     * // Update or create a MetricHour
     * const metricHour = await prisma.metricHour.upsert({
     *   create: {
     *     // ... data to create a MetricHour
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the MetricHour we want to update
     *   }
     * })
     */
    upsert<T extends MetricHourUpsertArgs>(args: SelectSubset<T, MetricHourUpsertArgs<ExtArgs>>): Prisma__MetricHourClient<$Result.GetResult<Prisma.$MetricHourPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of MetricHours.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {MetricHourCountArgs} args - Arguments to filter MetricHours to count.
     * @example
     * // Count the number of MetricHours
     * const count = await prisma.metricHour.count({
     *   where: {
     *     // ... the filter for the MetricHours we want to count
     *   }
     * })
    **/
    count<T extends MetricHourCountArgs>(
      args?: Subset<T, MetricHourCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], MetricHourCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a MetricHour.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {MetricHourAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends MetricHourAggregateArgs>(args: Subset<T, MetricHourAggregateArgs>): Prisma.PrismaPromise<GetMetricHourAggregateType<T>>

    /**
     * Group by MetricHour.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {MetricHourGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends MetricHourGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: MetricHourGroupByArgs['orderBy'] }
        : { orderBy?: MetricHourGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, MetricHourGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetMetricHourGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the MetricHour model
   */
  readonly fields: MetricHourFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for MetricHour.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__MetricHourClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    stateMachine<T extends StateMachineDefaultArgs<ExtArgs> = {}>(args?: Subset<T, StateMachineDefaultArgs<ExtArgs>>): Prisma__StateMachineClient<$Result.GetResult<Prisma.$StateMachinePayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the MetricHour model
   */
  interface MetricHourFieldRefs {
    readonly stateMachineId: FieldRef<"MetricHour", 'Int'>
    readonly metric: FieldRef<"MetricHour", 'String'>
    readonly statistic: FieldRef<"MetricHour", 'String'>
    readonly hourStart: FieldRef<"MetricHour", 'DateTime'>
    readonly value: FieldRef<"MetricHour", 'Float'>
  }
    

  // Custom InputTypes
  /**
   * MetricHour findUnique
   */
  export type MetricHourFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the MetricHour
     */
    select?: MetricHourSelect<ExtArgs> | null
    /**
     * Omit specific fields from the MetricHour
     */
    omit?: MetricHourOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MetricHourInclude<ExtArgs> | null
    /**
     * Filter, which MetricHour to fetch.
     */
    where: MetricHourWhereUniqueInput
  }

  /**
   * MetricHour findUniqueOrThrow
   */
  export type MetricHourFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the MetricHour
     */
    select?: MetricHourSelect<ExtArgs> | null
    /**
     * Omit specific fields from the MetricHour
     */
    omit?: MetricHourOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MetricHourInclude<ExtArgs> | null
    /**
     * Filter, which MetricHour to fetch.
     */
    where: MetricHourWhereUniqueInput
  }

  /**
   * MetricHour findFirst
   */
  export type MetricHourFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the MetricHour
     */
    select?: MetricHourSelect<ExtArgs> | null
    /**
     * Omit specific fields from the MetricHour
     */
    omit?: MetricHourOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MetricHourInclude<ExtArgs> | null
    /**
     * Filter, which MetricHour to fetch.
     */
    where?: MetricHourWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of MetricHours to fetch.
     */
    orderBy?: MetricHourOrderByWithRelationInput | MetricHourOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for MetricHours.
     */
    cursor?: MetricHourWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` MetricHours from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` MetricHours.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of MetricHours.
     */
    distinct?: MetricHourScalarFieldEnum | MetricHourScalarFieldEnum[]
  }

  /**
   * MetricHour findFirstOrThrow
   */
  export type MetricHourFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the MetricHour
     */
    select?: MetricHourSelect<ExtArgs> | null
    /**
     * Omit specific fields from the MetricHour
     */
    omit?: MetricHourOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MetricHourInclude<ExtArgs> | null
    /**
     * Filter, which MetricHour to fetch.
     */
    where?: MetricHourWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of MetricHours to fetch.
     */
    orderBy?: MetricHourOrderByWithRelationInput | MetricHourOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for MetricHours.
     */
    cursor?: MetricHourWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` MetricHours from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` MetricHours.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of MetricHours.
     */
    distinct?: MetricHourScalarFieldEnum | MetricHourScalarFieldEnum[]
  }

  /**
   * MetricHour findMany
   */
  export type MetricHourFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the MetricHour
     */
    select?: MetricHourSelect<ExtArgs> | null
    /**
     * Omit specific fields from the MetricHour
     */
    omit?: MetricHourOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MetricHourInclude<ExtArgs> | null
    /**
     * Filter, which MetricHours to fetch.
     */
    where?: MetricHourWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of MetricHours to fetch.
     */
    orderBy?: MetricHourOrderByWithRelationInput | MetricHourOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing MetricHours.
     */
    cursor?: MetricHourWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` MetricHours from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` MetricHours.
     */
    skip?: number
    distinct?: MetricHourScalarFieldEnum | MetricHourScalarFieldEnum[]
  }

  /**
   * MetricHour create
   */
  export type MetricHourCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the MetricHour
     */
    select?: MetricHourSelect<ExtArgs> | null
    /**
     * Omit specific fields from the MetricHour
     */
    omit?: MetricHourOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MetricHourInclude<ExtArgs> | null
    /**
     * The data needed to create a MetricHour.
     */
    data: XOR<MetricHourCreateInput, MetricHourUncheckedCreateInput>
  }

  /**
   * MetricHour createMany
   */
  export type MetricHourCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many MetricHours.
     */
    data: MetricHourCreateManyInput | MetricHourCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * MetricHour createManyAndReturn
   */
  export type MetricHourCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the MetricHour
     */
    select?: MetricHourSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the MetricHour
     */
    omit?: MetricHourOmit<ExtArgs> | null
    /**
     * The data used to create many MetricHours.
     */
    data: MetricHourCreateManyInput | MetricHourCreateManyInput[]
    skipDuplicates?: boolean
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MetricHourIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * MetricHour update
   */
  export type MetricHourUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the MetricHour
     */
    select?: MetricHourSelect<ExtArgs> | null
    /**
     * Omit specific fields from the MetricHour
     */
    omit?: MetricHourOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MetricHourInclude<ExtArgs> | null
    /**
     * The data needed to update a MetricHour.
     */
    data: XOR<MetricHourUpdateInput, MetricHourUncheckedUpdateInput>
    /**
     * Choose, which MetricHour to update.
     */
    where: MetricHourWhereUniqueInput
  }

  /**
   * MetricHour updateMany
   */
  export type MetricHourUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update MetricHours.
     */
    data: XOR<MetricHourUpdateManyMutationInput, MetricHourUncheckedUpdateManyInput>
    /**
     * Filter which MetricHours to update
     */
    where?: MetricHourWhereInput
    /**
     * Limit how many MetricHours to update.
     */
    limit?: number
  }

  /**
   * MetricHour updateManyAndReturn
   */
  export type MetricHourUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the MetricHour
     */
    select?: MetricHourSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the MetricHour
     */
    omit?: MetricHourOmit<ExtArgs> | null
    /**
     * The data used to update MetricHours.
     */
    data: XOR<MetricHourUpdateManyMutationInput, MetricHourUncheckedUpdateManyInput>
    /**
     * Filter which MetricHours to update
     */
    where?: MetricHourWhereInput
    /**
     * Limit how many MetricHours to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MetricHourIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * MetricHour upsert
   */
  export type MetricHourUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the MetricHour
     */
    select?: MetricHourSelect<ExtArgs> | null
    /**
     * Omit specific fields from the MetricHour
     */
    omit?: MetricHourOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MetricHourInclude<ExtArgs> | null
    /**
     * The filter to search for the MetricHour to update in case it exists.
     */
    where: MetricHourWhereUniqueInput
    /**
     * In case the MetricHour found by the `where` argument doesn't exist, create a new MetricHour with this data.
     */
    create: XOR<MetricHourCreateInput, MetricHourUncheckedCreateInput>
    /**
     * In case the MetricHour was found with the provided `where` argument, update it with this data.
     */
    update: XOR<MetricHourUpdateInput, MetricHourUncheckedUpdateInput>
  }

  /**
   * MetricHour delete
   */
  export type MetricHourDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the MetricHour
     */
    select?: MetricHourSelect<ExtArgs> | null
    /**
     * Omit specific fields from the MetricHour
     */
    omit?: MetricHourOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MetricHourInclude<ExtArgs> | null
    /**
     * Filter which MetricHour to delete.
     */
    where: MetricHourWhereUniqueInput
  }

  /**
   * MetricHour deleteMany
   */
  export type MetricHourDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which MetricHours to delete
     */
    where?: MetricHourWhereInput
    /**
     * Limit how many MetricHours to delete.
     */
    limit?: number
  }

  /**
   * MetricHour without action
   */
  export type MetricHourDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the MetricHour
     */
    select?: MetricHourSelect<ExtArgs> | null
    /**
     * Omit specific fields from the MetricHour
     */
    omit?: MetricHourOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: MetricHourInclude<ExtArgs> | null
  }


  /**
   * Model AuditEntry
   */

  export type AggregateAuditEntry = {
    _count: AuditEntryCountAggregateOutputType | null
    _avg: AuditEntryAvgAggregateOutputType | null
    _sum: AuditEntrySumAggregateOutputType | null
    _min: AuditEntryMinAggregateOutputType | null
    _max: AuditEntryMaxAggregateOutputType | null
  }

  export type AuditEntryAvgAggregateOutputType = {
    id: number | null
  }

  export type AuditEntrySumAggregateOutputType = {
    id: number | null
  }

  export type AuditEntryMinAggregateOutputType = {
    id: number | null
    at: Date | null
    actor: string | null
    action: string | null
    outcome: string | null
  }

  export type AuditEntryMaxAggregateOutputType = {
    id: number | null
    at: Date | null
    actor: string | null
    action: string | null
    outcome: string | null
  }

  export type AuditEntryCountAggregateOutputType = {
    id: number
    at: number
    actor: number
    action: number
    targets: number
    params: number
    outcome: number
    results: number
    _all: number
  }


  export type AuditEntryAvgAggregateInputType = {
    id?: true
  }

  export type AuditEntrySumAggregateInputType = {
    id?: true
  }

  export type AuditEntryMinAggregateInputType = {
    id?: true
    at?: true
    actor?: true
    action?: true
    outcome?: true
  }

  export type AuditEntryMaxAggregateInputType = {
    id?: true
    at?: true
    actor?: true
    action?: true
    outcome?: true
  }

  export type AuditEntryCountAggregateInputType = {
    id?: true
    at?: true
    actor?: true
    action?: true
    targets?: true
    params?: true
    outcome?: true
    results?: true
    _all?: true
  }

  export type AuditEntryAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which AuditEntry to aggregate.
     */
    where?: AuditEntryWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of AuditEntries to fetch.
     */
    orderBy?: AuditEntryOrderByWithRelationInput | AuditEntryOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: AuditEntryWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` AuditEntries from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` AuditEntries.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned AuditEntries
    **/
    _count?: true | AuditEntryCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to average
    **/
    _avg?: AuditEntryAvgAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to sum
    **/
    _sum?: AuditEntrySumAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: AuditEntryMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: AuditEntryMaxAggregateInputType
  }

  export type GetAuditEntryAggregateType<T extends AuditEntryAggregateArgs> = {
        [P in keyof T & keyof AggregateAuditEntry]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateAuditEntry[P]>
      : GetScalarType<T[P], AggregateAuditEntry[P]>
  }




  export type AuditEntryGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: AuditEntryWhereInput
    orderBy?: AuditEntryOrderByWithAggregationInput | AuditEntryOrderByWithAggregationInput[]
    by: AuditEntryScalarFieldEnum[] | AuditEntryScalarFieldEnum
    having?: AuditEntryScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: AuditEntryCountAggregateInputType | true
    _avg?: AuditEntryAvgAggregateInputType
    _sum?: AuditEntrySumAggregateInputType
    _min?: AuditEntryMinAggregateInputType
    _max?: AuditEntryMaxAggregateInputType
  }

  export type AuditEntryGroupByOutputType = {
    id: number
    at: Date
    actor: string
    action: string
    targets: JsonValue
    params: JsonValue | null
    outcome: string
    results: JsonValue | null
    _count: AuditEntryCountAggregateOutputType | null
    _avg: AuditEntryAvgAggregateOutputType | null
    _sum: AuditEntrySumAggregateOutputType | null
    _min: AuditEntryMinAggregateOutputType | null
    _max: AuditEntryMaxAggregateOutputType | null
  }

  type GetAuditEntryGroupByPayload<T extends AuditEntryGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<AuditEntryGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof AuditEntryGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], AuditEntryGroupByOutputType[P]>
            : GetScalarType<T[P], AuditEntryGroupByOutputType[P]>
        }
      >
    >


  export type AuditEntrySelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    at?: boolean
    actor?: boolean
    action?: boolean
    targets?: boolean
    params?: boolean
    outcome?: boolean
    results?: boolean
  }, ExtArgs["result"]["auditEntry"]>

  export type AuditEntrySelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    at?: boolean
    actor?: boolean
    action?: boolean
    targets?: boolean
    params?: boolean
    outcome?: boolean
    results?: boolean
  }, ExtArgs["result"]["auditEntry"]>

  export type AuditEntrySelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    at?: boolean
    actor?: boolean
    action?: boolean
    targets?: boolean
    params?: boolean
    outcome?: boolean
    results?: boolean
  }, ExtArgs["result"]["auditEntry"]>

  export type AuditEntrySelectScalar = {
    id?: boolean
    at?: boolean
    actor?: boolean
    action?: boolean
    targets?: boolean
    params?: boolean
    outcome?: boolean
    results?: boolean
  }

  export type AuditEntryOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "at" | "actor" | "action" | "targets" | "params" | "outcome" | "results", ExtArgs["result"]["auditEntry"]>

  export type $AuditEntryPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "AuditEntry"
    objects: {}
    scalars: $Extensions.GetPayloadResult<{
      id: number
      at: Date
      /**
       * The signed-in operator.
       */
      actor: string
      /**
       * redrive | stop | send-task-success | send-task-failure | import | source-change …
       */
      action: string
      /**
       * ARNs the action targeted (JSON array).
       */
      targets: Prisma.JsonValue
      /**
       * Parameters of the action, without secrets.
       */
      params: Prisma.JsonValue | null
      /**
       * SUCCEEDED | PARTIAL | FAILED
       */
      outcome: string
      /**
       * Per-target results (JSON array of {arn, ok, message}).
       */
      results: Prisma.JsonValue | null
    }, ExtArgs["result"]["auditEntry"]>
    composites: {}
  }

  type AuditEntryGetPayload<S extends boolean | null | undefined | AuditEntryDefaultArgs> = $Result.GetResult<Prisma.$AuditEntryPayload, S>

  type AuditEntryCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<AuditEntryFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: AuditEntryCountAggregateInputType | true
    }

  export interface AuditEntryDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['AuditEntry'], meta: { name: 'AuditEntry' } }
    /**
     * Find zero or one AuditEntry that matches the filter.
     * @param {AuditEntryFindUniqueArgs} args - Arguments to find a AuditEntry
     * @example
     * // Get one AuditEntry
     * const auditEntry = await prisma.auditEntry.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends AuditEntryFindUniqueArgs>(args: SelectSubset<T, AuditEntryFindUniqueArgs<ExtArgs>>): Prisma__AuditEntryClient<$Result.GetResult<Prisma.$AuditEntryPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one AuditEntry that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {AuditEntryFindUniqueOrThrowArgs} args - Arguments to find a AuditEntry
     * @example
     * // Get one AuditEntry
     * const auditEntry = await prisma.auditEntry.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends AuditEntryFindUniqueOrThrowArgs>(args: SelectSubset<T, AuditEntryFindUniqueOrThrowArgs<ExtArgs>>): Prisma__AuditEntryClient<$Result.GetResult<Prisma.$AuditEntryPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first AuditEntry that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AuditEntryFindFirstArgs} args - Arguments to find a AuditEntry
     * @example
     * // Get one AuditEntry
     * const auditEntry = await prisma.auditEntry.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends AuditEntryFindFirstArgs>(args?: SelectSubset<T, AuditEntryFindFirstArgs<ExtArgs>>): Prisma__AuditEntryClient<$Result.GetResult<Prisma.$AuditEntryPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first AuditEntry that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AuditEntryFindFirstOrThrowArgs} args - Arguments to find a AuditEntry
     * @example
     * // Get one AuditEntry
     * const auditEntry = await prisma.auditEntry.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends AuditEntryFindFirstOrThrowArgs>(args?: SelectSubset<T, AuditEntryFindFirstOrThrowArgs<ExtArgs>>): Prisma__AuditEntryClient<$Result.GetResult<Prisma.$AuditEntryPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more AuditEntries that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AuditEntryFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all AuditEntries
     * const auditEntries = await prisma.auditEntry.findMany()
     * 
     * // Get first 10 AuditEntries
     * const auditEntries = await prisma.auditEntry.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const auditEntryWithIdOnly = await prisma.auditEntry.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends AuditEntryFindManyArgs>(args?: SelectSubset<T, AuditEntryFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$AuditEntryPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a AuditEntry.
     * @param {AuditEntryCreateArgs} args - Arguments to create a AuditEntry.
     * @example
     * // Create one AuditEntry
     * const AuditEntry = await prisma.auditEntry.create({
     *   data: {
     *     // ... data to create a AuditEntry
     *   }
     * })
     * 
     */
    create<T extends AuditEntryCreateArgs>(args: SelectSubset<T, AuditEntryCreateArgs<ExtArgs>>): Prisma__AuditEntryClient<$Result.GetResult<Prisma.$AuditEntryPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many AuditEntries.
     * @param {AuditEntryCreateManyArgs} args - Arguments to create many AuditEntries.
     * @example
     * // Create many AuditEntries
     * const auditEntry = await prisma.auditEntry.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends AuditEntryCreateManyArgs>(args?: SelectSubset<T, AuditEntryCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many AuditEntries and returns the data saved in the database.
     * @param {AuditEntryCreateManyAndReturnArgs} args - Arguments to create many AuditEntries.
     * @example
     * // Create many AuditEntries
     * const auditEntry = await prisma.auditEntry.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many AuditEntries and only return the `id`
     * const auditEntryWithIdOnly = await prisma.auditEntry.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends AuditEntryCreateManyAndReturnArgs>(args?: SelectSubset<T, AuditEntryCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$AuditEntryPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a AuditEntry.
     * @param {AuditEntryDeleteArgs} args - Arguments to delete one AuditEntry.
     * @example
     * // Delete one AuditEntry
     * const AuditEntry = await prisma.auditEntry.delete({
     *   where: {
     *     // ... filter to delete one AuditEntry
     *   }
     * })
     * 
     */
    delete<T extends AuditEntryDeleteArgs>(args: SelectSubset<T, AuditEntryDeleteArgs<ExtArgs>>): Prisma__AuditEntryClient<$Result.GetResult<Prisma.$AuditEntryPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one AuditEntry.
     * @param {AuditEntryUpdateArgs} args - Arguments to update one AuditEntry.
     * @example
     * // Update one AuditEntry
     * const auditEntry = await prisma.auditEntry.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends AuditEntryUpdateArgs>(args: SelectSubset<T, AuditEntryUpdateArgs<ExtArgs>>): Prisma__AuditEntryClient<$Result.GetResult<Prisma.$AuditEntryPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more AuditEntries.
     * @param {AuditEntryDeleteManyArgs} args - Arguments to filter AuditEntries to delete.
     * @example
     * // Delete a few AuditEntries
     * const { count } = await prisma.auditEntry.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends AuditEntryDeleteManyArgs>(args?: SelectSubset<T, AuditEntryDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more AuditEntries.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AuditEntryUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many AuditEntries
     * const auditEntry = await prisma.auditEntry.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends AuditEntryUpdateManyArgs>(args: SelectSubset<T, AuditEntryUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more AuditEntries and returns the data updated in the database.
     * @param {AuditEntryUpdateManyAndReturnArgs} args - Arguments to update many AuditEntries.
     * @example
     * // Update many AuditEntries
     * const auditEntry = await prisma.auditEntry.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more AuditEntries and only return the `id`
     * const auditEntryWithIdOnly = await prisma.auditEntry.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends AuditEntryUpdateManyAndReturnArgs>(args: SelectSubset<T, AuditEntryUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$AuditEntryPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one AuditEntry.
     * @param {AuditEntryUpsertArgs} args - Arguments to update or create a AuditEntry.
     * @example
     * // Update or create a AuditEntry
     * const auditEntry = await prisma.auditEntry.upsert({
     *   create: {
     *     // ... data to create a AuditEntry
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the AuditEntry we want to update
     *   }
     * })
     */
    upsert<T extends AuditEntryUpsertArgs>(args: SelectSubset<T, AuditEntryUpsertArgs<ExtArgs>>): Prisma__AuditEntryClient<$Result.GetResult<Prisma.$AuditEntryPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of AuditEntries.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AuditEntryCountArgs} args - Arguments to filter AuditEntries to count.
     * @example
     * // Count the number of AuditEntries
     * const count = await prisma.auditEntry.count({
     *   where: {
     *     // ... the filter for the AuditEntries we want to count
     *   }
     * })
    **/
    count<T extends AuditEntryCountArgs>(
      args?: Subset<T, AuditEntryCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], AuditEntryCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a AuditEntry.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AuditEntryAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends AuditEntryAggregateArgs>(args: Subset<T, AuditEntryAggregateArgs>): Prisma.PrismaPromise<GetAuditEntryAggregateType<T>>

    /**
     * Group by AuditEntry.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AuditEntryGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends AuditEntryGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: AuditEntryGroupByArgs['orderBy'] }
        : { orderBy?: AuditEntryGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, AuditEntryGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetAuditEntryGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the AuditEntry model
   */
  readonly fields: AuditEntryFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for AuditEntry.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__AuditEntryClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the AuditEntry model
   */
  interface AuditEntryFieldRefs {
    readonly id: FieldRef<"AuditEntry", 'Int'>
    readonly at: FieldRef<"AuditEntry", 'DateTime'>
    readonly actor: FieldRef<"AuditEntry", 'String'>
    readonly action: FieldRef<"AuditEntry", 'String'>
    readonly targets: FieldRef<"AuditEntry", 'Json'>
    readonly params: FieldRef<"AuditEntry", 'Json'>
    readonly outcome: FieldRef<"AuditEntry", 'String'>
    readonly results: FieldRef<"AuditEntry", 'Json'>
  }
    

  // Custom InputTypes
  /**
   * AuditEntry findUnique
   */
  export type AuditEntryFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEntry
     */
    select?: AuditEntrySelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEntry
     */
    omit?: AuditEntryOmit<ExtArgs> | null
    /**
     * Filter, which AuditEntry to fetch.
     */
    where: AuditEntryWhereUniqueInput
  }

  /**
   * AuditEntry findUniqueOrThrow
   */
  export type AuditEntryFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEntry
     */
    select?: AuditEntrySelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEntry
     */
    omit?: AuditEntryOmit<ExtArgs> | null
    /**
     * Filter, which AuditEntry to fetch.
     */
    where: AuditEntryWhereUniqueInput
  }

  /**
   * AuditEntry findFirst
   */
  export type AuditEntryFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEntry
     */
    select?: AuditEntrySelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEntry
     */
    omit?: AuditEntryOmit<ExtArgs> | null
    /**
     * Filter, which AuditEntry to fetch.
     */
    where?: AuditEntryWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of AuditEntries to fetch.
     */
    orderBy?: AuditEntryOrderByWithRelationInput | AuditEntryOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for AuditEntries.
     */
    cursor?: AuditEntryWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` AuditEntries from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` AuditEntries.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of AuditEntries.
     */
    distinct?: AuditEntryScalarFieldEnum | AuditEntryScalarFieldEnum[]
  }

  /**
   * AuditEntry findFirstOrThrow
   */
  export type AuditEntryFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEntry
     */
    select?: AuditEntrySelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEntry
     */
    omit?: AuditEntryOmit<ExtArgs> | null
    /**
     * Filter, which AuditEntry to fetch.
     */
    where?: AuditEntryWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of AuditEntries to fetch.
     */
    orderBy?: AuditEntryOrderByWithRelationInput | AuditEntryOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for AuditEntries.
     */
    cursor?: AuditEntryWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` AuditEntries from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` AuditEntries.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of AuditEntries.
     */
    distinct?: AuditEntryScalarFieldEnum | AuditEntryScalarFieldEnum[]
  }

  /**
   * AuditEntry findMany
   */
  export type AuditEntryFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEntry
     */
    select?: AuditEntrySelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEntry
     */
    omit?: AuditEntryOmit<ExtArgs> | null
    /**
     * Filter, which AuditEntries to fetch.
     */
    where?: AuditEntryWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of AuditEntries to fetch.
     */
    orderBy?: AuditEntryOrderByWithRelationInput | AuditEntryOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing AuditEntries.
     */
    cursor?: AuditEntryWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` AuditEntries from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` AuditEntries.
     */
    skip?: number
    distinct?: AuditEntryScalarFieldEnum | AuditEntryScalarFieldEnum[]
  }

  /**
   * AuditEntry create
   */
  export type AuditEntryCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEntry
     */
    select?: AuditEntrySelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEntry
     */
    omit?: AuditEntryOmit<ExtArgs> | null
    /**
     * The data needed to create a AuditEntry.
     */
    data: XOR<AuditEntryCreateInput, AuditEntryUncheckedCreateInput>
  }

  /**
   * AuditEntry createMany
   */
  export type AuditEntryCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many AuditEntries.
     */
    data: AuditEntryCreateManyInput | AuditEntryCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * AuditEntry createManyAndReturn
   */
  export type AuditEntryCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEntry
     */
    select?: AuditEntrySelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEntry
     */
    omit?: AuditEntryOmit<ExtArgs> | null
    /**
     * The data used to create many AuditEntries.
     */
    data: AuditEntryCreateManyInput | AuditEntryCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * AuditEntry update
   */
  export type AuditEntryUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEntry
     */
    select?: AuditEntrySelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEntry
     */
    omit?: AuditEntryOmit<ExtArgs> | null
    /**
     * The data needed to update a AuditEntry.
     */
    data: XOR<AuditEntryUpdateInput, AuditEntryUncheckedUpdateInput>
    /**
     * Choose, which AuditEntry to update.
     */
    where: AuditEntryWhereUniqueInput
  }

  /**
   * AuditEntry updateMany
   */
  export type AuditEntryUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update AuditEntries.
     */
    data: XOR<AuditEntryUpdateManyMutationInput, AuditEntryUncheckedUpdateManyInput>
    /**
     * Filter which AuditEntries to update
     */
    where?: AuditEntryWhereInput
    /**
     * Limit how many AuditEntries to update.
     */
    limit?: number
  }

  /**
   * AuditEntry updateManyAndReturn
   */
  export type AuditEntryUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEntry
     */
    select?: AuditEntrySelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEntry
     */
    omit?: AuditEntryOmit<ExtArgs> | null
    /**
     * The data used to update AuditEntries.
     */
    data: XOR<AuditEntryUpdateManyMutationInput, AuditEntryUncheckedUpdateManyInput>
    /**
     * Filter which AuditEntries to update
     */
    where?: AuditEntryWhereInput
    /**
     * Limit how many AuditEntries to update.
     */
    limit?: number
  }

  /**
   * AuditEntry upsert
   */
  export type AuditEntryUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEntry
     */
    select?: AuditEntrySelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEntry
     */
    omit?: AuditEntryOmit<ExtArgs> | null
    /**
     * The filter to search for the AuditEntry to update in case it exists.
     */
    where: AuditEntryWhereUniqueInput
    /**
     * In case the AuditEntry found by the `where` argument doesn't exist, create a new AuditEntry with this data.
     */
    create: XOR<AuditEntryCreateInput, AuditEntryUncheckedCreateInput>
    /**
     * In case the AuditEntry was found with the provided `where` argument, update it with this data.
     */
    update: XOR<AuditEntryUpdateInput, AuditEntryUncheckedUpdateInput>
  }

  /**
   * AuditEntry delete
   */
  export type AuditEntryDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEntry
     */
    select?: AuditEntrySelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEntry
     */
    omit?: AuditEntryOmit<ExtArgs> | null
    /**
     * Filter which AuditEntry to delete.
     */
    where: AuditEntryWhereUniqueInput
  }

  /**
   * AuditEntry deleteMany
   */
  export type AuditEntryDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which AuditEntries to delete
     */
    where?: AuditEntryWhereInput
    /**
     * Limit how many AuditEntries to delete.
     */
    limit?: number
  }

  /**
   * AuditEntry without action
   */
  export type AuditEntryDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEntry
     */
    select?: AuditEntrySelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEntry
     */
    omit?: AuditEntryOmit<ExtArgs> | null
  }


  /**
   * Model Setting
   */

  export type AggregateSetting = {
    _count: SettingCountAggregateOutputType | null
    _min: SettingMinAggregateOutputType | null
    _max: SettingMaxAggregateOutputType | null
  }

  export type SettingMinAggregateOutputType = {
    key: string | null
    updatedAt: Date | null
  }

  export type SettingMaxAggregateOutputType = {
    key: string | null
    updatedAt: Date | null
  }

  export type SettingCountAggregateOutputType = {
    key: number
    value: number
    updatedAt: number
    _all: number
  }


  export type SettingMinAggregateInputType = {
    key?: true
    updatedAt?: true
  }

  export type SettingMaxAggregateInputType = {
    key?: true
    updatedAt?: true
  }

  export type SettingCountAggregateInputType = {
    key?: true
    value?: true
    updatedAt?: true
    _all?: true
  }

  export type SettingAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Setting to aggregate.
     */
    where?: SettingWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Settings to fetch.
     */
    orderBy?: SettingOrderByWithRelationInput | SettingOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: SettingWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Settings from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Settings.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned Settings
    **/
    _count?: true | SettingCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: SettingMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: SettingMaxAggregateInputType
  }

  export type GetSettingAggregateType<T extends SettingAggregateArgs> = {
        [P in keyof T & keyof AggregateSetting]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateSetting[P]>
      : GetScalarType<T[P], AggregateSetting[P]>
  }




  export type SettingGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: SettingWhereInput
    orderBy?: SettingOrderByWithAggregationInput | SettingOrderByWithAggregationInput[]
    by: SettingScalarFieldEnum[] | SettingScalarFieldEnum
    having?: SettingScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: SettingCountAggregateInputType | true
    _min?: SettingMinAggregateInputType
    _max?: SettingMaxAggregateInputType
  }

  export type SettingGroupByOutputType = {
    key: string
    value: JsonValue
    updatedAt: Date
    _count: SettingCountAggregateOutputType | null
    _min: SettingMinAggregateOutputType | null
    _max: SettingMaxAggregateOutputType | null
  }

  type GetSettingGroupByPayload<T extends SettingGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<SettingGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof SettingGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], SettingGroupByOutputType[P]>
            : GetScalarType<T[P], SettingGroupByOutputType[P]>
        }
      >
    >


  export type SettingSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    key?: boolean
    value?: boolean
    updatedAt?: boolean
  }, ExtArgs["result"]["setting"]>

  export type SettingSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    key?: boolean
    value?: boolean
    updatedAt?: boolean
  }, ExtArgs["result"]["setting"]>

  export type SettingSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    key?: boolean
    value?: boolean
    updatedAt?: boolean
  }, ExtArgs["result"]["setting"]>

  export type SettingSelectScalar = {
    key?: boolean
    value?: boolean
    updatedAt?: boolean
  }

  export type SettingOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"key" | "value" | "updatedAt", ExtArgs["result"]["setting"]>

  export type $SettingPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "Setting"
    objects: {}
    scalars: $Extensions.GetPayloadResult<{
      key: string
      value: Prisma.JsonValue
      updatedAt: Date
    }, ExtArgs["result"]["setting"]>
    composites: {}
  }

  type SettingGetPayload<S extends boolean | null | undefined | SettingDefaultArgs> = $Result.GetResult<Prisma.$SettingPayload, S>

  type SettingCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<SettingFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: SettingCountAggregateInputType | true
    }

  export interface SettingDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['Setting'], meta: { name: 'Setting' } }
    /**
     * Find zero or one Setting that matches the filter.
     * @param {SettingFindUniqueArgs} args - Arguments to find a Setting
     * @example
     * // Get one Setting
     * const setting = await prisma.setting.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends SettingFindUniqueArgs>(args: SelectSubset<T, SettingFindUniqueArgs<ExtArgs>>): Prisma__SettingClient<$Result.GetResult<Prisma.$SettingPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one Setting that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {SettingFindUniqueOrThrowArgs} args - Arguments to find a Setting
     * @example
     * // Get one Setting
     * const setting = await prisma.setting.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends SettingFindUniqueOrThrowArgs>(args: SelectSubset<T, SettingFindUniqueOrThrowArgs<ExtArgs>>): Prisma__SettingClient<$Result.GetResult<Prisma.$SettingPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Setting that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SettingFindFirstArgs} args - Arguments to find a Setting
     * @example
     * // Get one Setting
     * const setting = await prisma.setting.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends SettingFindFirstArgs>(args?: SelectSubset<T, SettingFindFirstArgs<ExtArgs>>): Prisma__SettingClient<$Result.GetResult<Prisma.$SettingPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Setting that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SettingFindFirstOrThrowArgs} args - Arguments to find a Setting
     * @example
     * // Get one Setting
     * const setting = await prisma.setting.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends SettingFindFirstOrThrowArgs>(args?: SelectSubset<T, SettingFindFirstOrThrowArgs<ExtArgs>>): Prisma__SettingClient<$Result.GetResult<Prisma.$SettingPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more Settings that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SettingFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all Settings
     * const settings = await prisma.setting.findMany()
     * 
     * // Get first 10 Settings
     * const settings = await prisma.setting.findMany({ take: 10 })
     * 
     * // Only select the `key`
     * const settingWithKeyOnly = await prisma.setting.findMany({ select: { key: true } })
     * 
     */
    findMany<T extends SettingFindManyArgs>(args?: SelectSubset<T, SettingFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$SettingPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a Setting.
     * @param {SettingCreateArgs} args - Arguments to create a Setting.
     * @example
     * // Create one Setting
     * const Setting = await prisma.setting.create({
     *   data: {
     *     // ... data to create a Setting
     *   }
     * })
     * 
     */
    create<T extends SettingCreateArgs>(args: SelectSubset<T, SettingCreateArgs<ExtArgs>>): Prisma__SettingClient<$Result.GetResult<Prisma.$SettingPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many Settings.
     * @param {SettingCreateManyArgs} args - Arguments to create many Settings.
     * @example
     * // Create many Settings
     * const setting = await prisma.setting.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends SettingCreateManyArgs>(args?: SelectSubset<T, SettingCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many Settings and returns the data saved in the database.
     * @param {SettingCreateManyAndReturnArgs} args - Arguments to create many Settings.
     * @example
     * // Create many Settings
     * const setting = await prisma.setting.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many Settings and only return the `key`
     * const settingWithKeyOnly = await prisma.setting.createManyAndReturn({
     *   select: { key: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends SettingCreateManyAndReturnArgs>(args?: SelectSubset<T, SettingCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$SettingPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a Setting.
     * @param {SettingDeleteArgs} args - Arguments to delete one Setting.
     * @example
     * // Delete one Setting
     * const Setting = await prisma.setting.delete({
     *   where: {
     *     // ... filter to delete one Setting
     *   }
     * })
     * 
     */
    delete<T extends SettingDeleteArgs>(args: SelectSubset<T, SettingDeleteArgs<ExtArgs>>): Prisma__SettingClient<$Result.GetResult<Prisma.$SettingPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one Setting.
     * @param {SettingUpdateArgs} args - Arguments to update one Setting.
     * @example
     * // Update one Setting
     * const setting = await prisma.setting.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends SettingUpdateArgs>(args: SelectSubset<T, SettingUpdateArgs<ExtArgs>>): Prisma__SettingClient<$Result.GetResult<Prisma.$SettingPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more Settings.
     * @param {SettingDeleteManyArgs} args - Arguments to filter Settings to delete.
     * @example
     * // Delete a few Settings
     * const { count } = await prisma.setting.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends SettingDeleteManyArgs>(args?: SelectSubset<T, SettingDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Settings.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SettingUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many Settings
     * const setting = await prisma.setting.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends SettingUpdateManyArgs>(args: SelectSubset<T, SettingUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Settings and returns the data updated in the database.
     * @param {SettingUpdateManyAndReturnArgs} args - Arguments to update many Settings.
     * @example
     * // Update many Settings
     * const setting = await prisma.setting.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more Settings and only return the `key`
     * const settingWithKeyOnly = await prisma.setting.updateManyAndReturn({
     *   select: { key: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends SettingUpdateManyAndReturnArgs>(args: SelectSubset<T, SettingUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$SettingPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one Setting.
     * @param {SettingUpsertArgs} args - Arguments to update or create a Setting.
     * @example
     * // Update or create a Setting
     * const setting = await prisma.setting.upsert({
     *   create: {
     *     // ... data to create a Setting
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the Setting we want to update
     *   }
     * })
     */
    upsert<T extends SettingUpsertArgs>(args: SelectSubset<T, SettingUpsertArgs<ExtArgs>>): Prisma__SettingClient<$Result.GetResult<Prisma.$SettingPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of Settings.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SettingCountArgs} args - Arguments to filter Settings to count.
     * @example
     * // Count the number of Settings
     * const count = await prisma.setting.count({
     *   where: {
     *     // ... the filter for the Settings we want to count
     *   }
     * })
    **/
    count<T extends SettingCountArgs>(
      args?: Subset<T, SettingCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], SettingCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a Setting.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SettingAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends SettingAggregateArgs>(args: Subset<T, SettingAggregateArgs>): Prisma.PrismaPromise<GetSettingAggregateType<T>>

    /**
     * Group by Setting.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SettingGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends SettingGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: SettingGroupByArgs['orderBy'] }
        : { orderBy?: SettingGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, SettingGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetSettingGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the Setting model
   */
  readonly fields: SettingFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for Setting.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__SettingClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the Setting model
   */
  interface SettingFieldRefs {
    readonly key: FieldRef<"Setting", 'String'>
    readonly value: FieldRef<"Setting", 'Json'>
    readonly updatedAt: FieldRef<"Setting", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * Setting findUnique
   */
  export type SettingFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Setting
     */
    select?: SettingSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Setting
     */
    omit?: SettingOmit<ExtArgs> | null
    /**
     * Filter, which Setting to fetch.
     */
    where: SettingWhereUniqueInput
  }

  /**
   * Setting findUniqueOrThrow
   */
  export type SettingFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Setting
     */
    select?: SettingSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Setting
     */
    omit?: SettingOmit<ExtArgs> | null
    /**
     * Filter, which Setting to fetch.
     */
    where: SettingWhereUniqueInput
  }

  /**
   * Setting findFirst
   */
  export type SettingFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Setting
     */
    select?: SettingSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Setting
     */
    omit?: SettingOmit<ExtArgs> | null
    /**
     * Filter, which Setting to fetch.
     */
    where?: SettingWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Settings to fetch.
     */
    orderBy?: SettingOrderByWithRelationInput | SettingOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Settings.
     */
    cursor?: SettingWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Settings from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Settings.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Settings.
     */
    distinct?: SettingScalarFieldEnum | SettingScalarFieldEnum[]
  }

  /**
   * Setting findFirstOrThrow
   */
  export type SettingFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Setting
     */
    select?: SettingSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Setting
     */
    omit?: SettingOmit<ExtArgs> | null
    /**
     * Filter, which Setting to fetch.
     */
    where?: SettingWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Settings to fetch.
     */
    orderBy?: SettingOrderByWithRelationInput | SettingOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Settings.
     */
    cursor?: SettingWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Settings from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Settings.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Settings.
     */
    distinct?: SettingScalarFieldEnum | SettingScalarFieldEnum[]
  }

  /**
   * Setting findMany
   */
  export type SettingFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Setting
     */
    select?: SettingSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Setting
     */
    omit?: SettingOmit<ExtArgs> | null
    /**
     * Filter, which Settings to fetch.
     */
    where?: SettingWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Settings to fetch.
     */
    orderBy?: SettingOrderByWithRelationInput | SettingOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing Settings.
     */
    cursor?: SettingWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Settings from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Settings.
     */
    skip?: number
    distinct?: SettingScalarFieldEnum | SettingScalarFieldEnum[]
  }

  /**
   * Setting create
   */
  export type SettingCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Setting
     */
    select?: SettingSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Setting
     */
    omit?: SettingOmit<ExtArgs> | null
    /**
     * The data needed to create a Setting.
     */
    data: XOR<SettingCreateInput, SettingUncheckedCreateInput>
  }

  /**
   * Setting createMany
   */
  export type SettingCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many Settings.
     */
    data: SettingCreateManyInput | SettingCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * Setting createManyAndReturn
   */
  export type SettingCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Setting
     */
    select?: SettingSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Setting
     */
    omit?: SettingOmit<ExtArgs> | null
    /**
     * The data used to create many Settings.
     */
    data: SettingCreateManyInput | SettingCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * Setting update
   */
  export type SettingUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Setting
     */
    select?: SettingSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Setting
     */
    omit?: SettingOmit<ExtArgs> | null
    /**
     * The data needed to update a Setting.
     */
    data: XOR<SettingUpdateInput, SettingUncheckedUpdateInput>
    /**
     * Choose, which Setting to update.
     */
    where: SettingWhereUniqueInput
  }

  /**
   * Setting updateMany
   */
  export type SettingUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update Settings.
     */
    data: XOR<SettingUpdateManyMutationInput, SettingUncheckedUpdateManyInput>
    /**
     * Filter which Settings to update
     */
    where?: SettingWhereInput
    /**
     * Limit how many Settings to update.
     */
    limit?: number
  }

  /**
   * Setting updateManyAndReturn
   */
  export type SettingUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Setting
     */
    select?: SettingSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Setting
     */
    omit?: SettingOmit<ExtArgs> | null
    /**
     * The data used to update Settings.
     */
    data: XOR<SettingUpdateManyMutationInput, SettingUncheckedUpdateManyInput>
    /**
     * Filter which Settings to update
     */
    where?: SettingWhereInput
    /**
     * Limit how many Settings to update.
     */
    limit?: number
  }

  /**
   * Setting upsert
   */
  export type SettingUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Setting
     */
    select?: SettingSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Setting
     */
    omit?: SettingOmit<ExtArgs> | null
    /**
     * The filter to search for the Setting to update in case it exists.
     */
    where: SettingWhereUniqueInput
    /**
     * In case the Setting found by the `where` argument doesn't exist, create a new Setting with this data.
     */
    create: XOR<SettingCreateInput, SettingUncheckedCreateInput>
    /**
     * In case the Setting was found with the provided `where` argument, update it with this data.
     */
    update: XOR<SettingUpdateInput, SettingUncheckedUpdateInput>
  }

  /**
   * Setting delete
   */
  export type SettingDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Setting
     */
    select?: SettingSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Setting
     */
    omit?: SettingOmit<ExtArgs> | null
    /**
     * Filter which Setting to delete.
     */
    where: SettingWhereUniqueInput
  }

  /**
   * Setting deleteMany
   */
  export type SettingDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Settings to delete
     */
    where?: SettingWhereInput
    /**
     * Limit how many Settings to delete.
     */
    limit?: number
  }

  /**
   * Setting without action
   */
  export type SettingDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Setting
     */
    select?: SettingSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Setting
     */
    omit?: SettingOmit<ExtArgs> | null
  }


  /**
   * Enums
   */

  export const TransactionIsolationLevel: {
    ReadUncommitted: 'ReadUncommitted',
    ReadCommitted: 'ReadCommitted',
    RepeatableRead: 'RepeatableRead',
    Serializable: 'Serializable'
  };

  export type TransactionIsolationLevel = (typeof TransactionIsolationLevel)[keyof typeof TransactionIsolationLevel]


  export const SourceScalarFieldEnum: {
    id: 'id',
    kind: 'kind',
    name: 'name',
    region: 'region',
    accountId: 'accountId',
    profile: 'profile',
    roleArn: 'roleArn',
    endpoint: 'endpoint',
    syncIntervalSec: 'syncIntervalSec',
    maxRequestsPerSec: 'maxRequestsPerSec',
    enabled: 'enabled',
    createdAt: 'createdAt',
    updatedAt: 'updatedAt'
  };

  export type SourceScalarFieldEnum = (typeof SourceScalarFieldEnum)[keyof typeof SourceScalarFieldEnum]


  export const SyncRunScalarFieldEnum: {
    id: 'id',
    sourceId: 'sourceId',
    kind: 'kind',
    status: 'status',
    startedAt: 'startedAt',
    finishedAt: 'finishedAt',
    stateMachinesSeen: 'stateMachinesSeen',
    executionsSeen: 'executionsSeen',
    executionsWritten: 'executionsWritten',
    eventsWritten: 'eventsWritten',
    requestsMade: 'requestsMade',
    throttledRequests: 'throttledRequests',
    progress: 'progress',
    error: 'error',
    checkpoint: 'checkpoint'
  };

  export type SyncRunScalarFieldEnum = (typeof SyncRunScalarFieldEnum)[keyof typeof SyncRunScalarFieldEnum]


  export const StateMachineScalarFieldEnum: {
    id: 'id',
    arn: 'arn',
    name: 'name',
    type: 'type',
    status: 'status',
    roleArn: 'roleArn',
    logGroupArn: 'logGroupArn',
    createdAt: 'createdAt',
    sourceId: 'sourceId',
    lastSyncedAt: 'lastSyncedAt',
    syncedUntil: 'syncedUntil'
  };

  export type StateMachineScalarFieldEnum = (typeof StateMachineScalarFieldEnum)[keyof typeof StateMachineScalarFieldEnum]


  export const StateMachineRevisionScalarFieldEnum: {
    id: 'id',
    stateMachineId: 'stateMachineId',
    revisionId: 'revisionId',
    definition: 'definition',
    definitionHash: 'definitionHash',
    definitionBytes: 'definitionBytes',
    firstSeenAt: 'firstSeenAt'
  };

  export type StateMachineRevisionScalarFieldEnum = (typeof StateMachineRevisionScalarFieldEnum)[keyof typeof StateMachineRevisionScalarFieldEnum]


  export const ExecutionScalarFieldEnum: {
    id: 'id',
    arn: 'arn',
    name: 'name',
    stateMachineId: 'stateMachineId',
    revisionId: 'revisionId',
    sourceId: 'sourceId',
    status: 'status',
    startDate: 'startDate',
    stopDate: 'stopDate',
    durationMs: 'durationMs',
    input: 'input',
    output: 'output',
    inputBytes: 'inputBytes',
    outputBytes: 'outputBytes',
    error: 'error',
    cause: 'cause',
    failedStateName: 'failedStateName',
    redriveCount: 'redriveCount',
    redriveStatus: 'redriveStatus',
    redriveStatusReason: 'redriveStatusReason',
    redriveDate: 'redriveDate',
    mapRunArn: 'mapRunArn',
    eventCount: 'eventCount',
    lastEventAt: 'lastEventAt',
    stateTransitions: 'stateTransitions',
    historyComplete: 'historyComplete',
    lastSyncedAt: 'lastSyncedAt'
  };

  export type ExecutionScalarFieldEnum = (typeof ExecutionScalarFieldEnum)[keyof typeof ExecutionScalarFieldEnum]


  export const HistoryEventScalarFieldEnum: {
    executionId: 'executionId',
    eventId: 'eventId',
    previousEventId: 'previousEventId',
    type: 'type',
    timestamp: 'timestamp',
    stateName: 'stateName',
    details: 'details'
  };

  export type HistoryEventScalarFieldEnum = (typeof HistoryEventScalarFieldEnum)[keyof typeof HistoryEventScalarFieldEnum]


  export const MetricHourScalarFieldEnum: {
    stateMachineId: 'stateMachineId',
    metric: 'metric',
    statistic: 'statistic',
    hourStart: 'hourStart',
    value: 'value'
  };

  export type MetricHourScalarFieldEnum = (typeof MetricHourScalarFieldEnum)[keyof typeof MetricHourScalarFieldEnum]


  export const AuditEntryScalarFieldEnum: {
    id: 'id',
    at: 'at',
    actor: 'actor',
    action: 'action',
    targets: 'targets',
    params: 'params',
    outcome: 'outcome',
    results: 'results'
  };

  export type AuditEntryScalarFieldEnum = (typeof AuditEntryScalarFieldEnum)[keyof typeof AuditEntryScalarFieldEnum]


  export const SettingScalarFieldEnum: {
    key: 'key',
    value: 'value',
    updatedAt: 'updatedAt'
  };

  export type SettingScalarFieldEnum = (typeof SettingScalarFieldEnum)[keyof typeof SettingScalarFieldEnum]


  export const SortOrder: {
    asc: 'asc',
    desc: 'desc'
  };

  export type SortOrder = (typeof SortOrder)[keyof typeof SortOrder]


  export const NullableJsonNullValueInput: {
    DbNull: typeof DbNull,
    JsonNull: typeof JsonNull
  };

  export type NullableJsonNullValueInput = (typeof NullableJsonNullValueInput)[keyof typeof NullableJsonNullValueInput]


  export const JsonNullValueInput: {
    JsonNull: typeof JsonNull
  };

  export type JsonNullValueInput = (typeof JsonNullValueInput)[keyof typeof JsonNullValueInput]


  export const QueryMode: {
    default: 'default',
    insensitive: 'insensitive'
  };

  export type QueryMode = (typeof QueryMode)[keyof typeof QueryMode]


  export const NullsOrder: {
    first: 'first',
    last: 'last'
  };

  export type NullsOrder = (typeof NullsOrder)[keyof typeof NullsOrder]


  export const JsonNullValueFilter: {
    DbNull: typeof DbNull,
    JsonNull: typeof JsonNull,
    AnyNull: typeof AnyNull
  };

  export type JsonNullValueFilter = (typeof JsonNullValueFilter)[keyof typeof JsonNullValueFilter]


  /**
   * Field references
   */


  /**
   * Reference to a field of type 'Int'
   */
  export type IntFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Int'>
    


  /**
   * Reference to a field of type 'Int[]'
   */
  export type ListIntFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Int[]'>
    


  /**
   * Reference to a field of type 'String'
   */
  export type StringFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'String'>
    


  /**
   * Reference to a field of type 'String[]'
   */
  export type ListStringFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'String[]'>
    


  /**
   * Reference to a field of type 'Float'
   */
  export type FloatFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Float'>
    


  /**
   * Reference to a field of type 'Float[]'
   */
  export type ListFloatFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Float[]'>
    


  /**
   * Reference to a field of type 'Boolean'
   */
  export type BooleanFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Boolean'>
    


  /**
   * Reference to a field of type 'DateTime'
   */
  export type DateTimeFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'DateTime'>
    


  /**
   * Reference to a field of type 'DateTime[]'
   */
  export type ListDateTimeFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'DateTime[]'>
    


  /**
   * Reference to a field of type 'Json'
   */
  export type JsonFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Json'>
    


  /**
   * Reference to a field of type 'QueryMode'
   */
  export type EnumQueryModeFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'QueryMode'>
    
  /**
   * Deep Input Types
   */


  export type SourceWhereInput = {
    AND?: SourceWhereInput | SourceWhereInput[]
    OR?: SourceWhereInput[]
    NOT?: SourceWhereInput | SourceWhereInput[]
    id?: IntFilter<"Source"> | number
    kind?: StringFilter<"Source"> | string
    name?: StringFilter<"Source"> | string
    region?: StringNullableFilter<"Source"> | string | null
    accountId?: StringNullableFilter<"Source"> | string | null
    profile?: StringNullableFilter<"Source"> | string | null
    roleArn?: StringNullableFilter<"Source"> | string | null
    endpoint?: StringNullableFilter<"Source"> | string | null
    syncIntervalSec?: IntNullableFilter<"Source"> | number | null
    maxRequestsPerSec?: FloatNullableFilter<"Source"> | number | null
    enabled?: BoolFilter<"Source"> | boolean
    createdAt?: DateTimeFilter<"Source"> | Date | string
    updatedAt?: DateTimeFilter<"Source"> | Date | string
    stateMachines?: StateMachineListRelationFilter
    executions?: ExecutionListRelationFilter
    syncRuns?: SyncRunListRelationFilter
  }

  export type SourceOrderByWithRelationInput = {
    id?: SortOrder
    kind?: SortOrder
    name?: SortOrder
    region?: SortOrderInput | SortOrder
    accountId?: SortOrderInput | SortOrder
    profile?: SortOrderInput | SortOrder
    roleArn?: SortOrderInput | SortOrder
    endpoint?: SortOrderInput | SortOrder
    syncIntervalSec?: SortOrderInput | SortOrder
    maxRequestsPerSec?: SortOrderInput | SortOrder
    enabled?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
    stateMachines?: StateMachineOrderByRelationAggregateInput
    executions?: ExecutionOrderByRelationAggregateInput
    syncRuns?: SyncRunOrderByRelationAggregateInput
  }

  export type SourceWhereUniqueInput = Prisma.AtLeast<{
    id?: number
    name?: string
    AND?: SourceWhereInput | SourceWhereInput[]
    OR?: SourceWhereInput[]
    NOT?: SourceWhereInput | SourceWhereInput[]
    kind?: StringFilter<"Source"> | string
    region?: StringNullableFilter<"Source"> | string | null
    accountId?: StringNullableFilter<"Source"> | string | null
    profile?: StringNullableFilter<"Source"> | string | null
    roleArn?: StringNullableFilter<"Source"> | string | null
    endpoint?: StringNullableFilter<"Source"> | string | null
    syncIntervalSec?: IntNullableFilter<"Source"> | number | null
    maxRequestsPerSec?: FloatNullableFilter<"Source"> | number | null
    enabled?: BoolFilter<"Source"> | boolean
    createdAt?: DateTimeFilter<"Source"> | Date | string
    updatedAt?: DateTimeFilter<"Source"> | Date | string
    stateMachines?: StateMachineListRelationFilter
    executions?: ExecutionListRelationFilter
    syncRuns?: SyncRunListRelationFilter
  }, "id" | "name">

  export type SourceOrderByWithAggregationInput = {
    id?: SortOrder
    kind?: SortOrder
    name?: SortOrder
    region?: SortOrderInput | SortOrder
    accountId?: SortOrderInput | SortOrder
    profile?: SortOrderInput | SortOrder
    roleArn?: SortOrderInput | SortOrder
    endpoint?: SortOrderInput | SortOrder
    syncIntervalSec?: SortOrderInput | SortOrder
    maxRequestsPerSec?: SortOrderInput | SortOrder
    enabled?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
    _count?: SourceCountOrderByAggregateInput
    _avg?: SourceAvgOrderByAggregateInput
    _max?: SourceMaxOrderByAggregateInput
    _min?: SourceMinOrderByAggregateInput
    _sum?: SourceSumOrderByAggregateInput
  }

  export type SourceScalarWhereWithAggregatesInput = {
    AND?: SourceScalarWhereWithAggregatesInput | SourceScalarWhereWithAggregatesInput[]
    OR?: SourceScalarWhereWithAggregatesInput[]
    NOT?: SourceScalarWhereWithAggregatesInput | SourceScalarWhereWithAggregatesInput[]
    id?: IntWithAggregatesFilter<"Source"> | number
    kind?: StringWithAggregatesFilter<"Source"> | string
    name?: StringWithAggregatesFilter<"Source"> | string
    region?: StringNullableWithAggregatesFilter<"Source"> | string | null
    accountId?: StringNullableWithAggregatesFilter<"Source"> | string | null
    profile?: StringNullableWithAggregatesFilter<"Source"> | string | null
    roleArn?: StringNullableWithAggregatesFilter<"Source"> | string | null
    endpoint?: StringNullableWithAggregatesFilter<"Source"> | string | null
    syncIntervalSec?: IntNullableWithAggregatesFilter<"Source"> | number | null
    maxRequestsPerSec?: FloatNullableWithAggregatesFilter<"Source"> | number | null
    enabled?: BoolWithAggregatesFilter<"Source"> | boolean
    createdAt?: DateTimeWithAggregatesFilter<"Source"> | Date | string
    updatedAt?: DateTimeWithAggregatesFilter<"Source"> | Date | string
  }

  export type SyncRunWhereInput = {
    AND?: SyncRunWhereInput | SyncRunWhereInput[]
    OR?: SyncRunWhereInput[]
    NOT?: SyncRunWhereInput | SyncRunWhereInput[]
    id?: IntFilter<"SyncRun"> | number
    sourceId?: IntFilter<"SyncRun"> | number
    kind?: StringFilter<"SyncRun"> | string
    status?: StringFilter<"SyncRun"> | string
    startedAt?: DateTimeFilter<"SyncRun"> | Date | string
    finishedAt?: DateTimeNullableFilter<"SyncRun"> | Date | string | null
    stateMachinesSeen?: IntFilter<"SyncRun"> | number
    executionsSeen?: IntFilter<"SyncRun"> | number
    executionsWritten?: IntFilter<"SyncRun"> | number
    eventsWritten?: IntFilter<"SyncRun"> | number
    requestsMade?: IntFilter<"SyncRun"> | number
    throttledRequests?: IntFilter<"SyncRun"> | number
    progress?: FloatFilter<"SyncRun"> | number
    error?: StringNullableFilter<"SyncRun"> | string | null
    checkpoint?: JsonNullableFilter<"SyncRun">
    source?: XOR<SourceScalarRelationFilter, SourceWhereInput>
  }

  export type SyncRunOrderByWithRelationInput = {
    id?: SortOrder
    sourceId?: SortOrder
    kind?: SortOrder
    status?: SortOrder
    startedAt?: SortOrder
    finishedAt?: SortOrderInput | SortOrder
    stateMachinesSeen?: SortOrder
    executionsSeen?: SortOrder
    executionsWritten?: SortOrder
    eventsWritten?: SortOrder
    requestsMade?: SortOrder
    throttledRequests?: SortOrder
    progress?: SortOrder
    error?: SortOrderInput | SortOrder
    checkpoint?: SortOrderInput | SortOrder
    source?: SourceOrderByWithRelationInput
  }

  export type SyncRunWhereUniqueInput = Prisma.AtLeast<{
    id?: number
    AND?: SyncRunWhereInput | SyncRunWhereInput[]
    OR?: SyncRunWhereInput[]
    NOT?: SyncRunWhereInput | SyncRunWhereInput[]
    sourceId?: IntFilter<"SyncRun"> | number
    kind?: StringFilter<"SyncRun"> | string
    status?: StringFilter<"SyncRun"> | string
    startedAt?: DateTimeFilter<"SyncRun"> | Date | string
    finishedAt?: DateTimeNullableFilter<"SyncRun"> | Date | string | null
    stateMachinesSeen?: IntFilter<"SyncRun"> | number
    executionsSeen?: IntFilter<"SyncRun"> | number
    executionsWritten?: IntFilter<"SyncRun"> | number
    eventsWritten?: IntFilter<"SyncRun"> | number
    requestsMade?: IntFilter<"SyncRun"> | number
    throttledRequests?: IntFilter<"SyncRun"> | number
    progress?: FloatFilter<"SyncRun"> | number
    error?: StringNullableFilter<"SyncRun"> | string | null
    checkpoint?: JsonNullableFilter<"SyncRun">
    source?: XOR<SourceScalarRelationFilter, SourceWhereInput>
  }, "id">

  export type SyncRunOrderByWithAggregationInput = {
    id?: SortOrder
    sourceId?: SortOrder
    kind?: SortOrder
    status?: SortOrder
    startedAt?: SortOrder
    finishedAt?: SortOrderInput | SortOrder
    stateMachinesSeen?: SortOrder
    executionsSeen?: SortOrder
    executionsWritten?: SortOrder
    eventsWritten?: SortOrder
    requestsMade?: SortOrder
    throttledRequests?: SortOrder
    progress?: SortOrder
    error?: SortOrderInput | SortOrder
    checkpoint?: SortOrderInput | SortOrder
    _count?: SyncRunCountOrderByAggregateInput
    _avg?: SyncRunAvgOrderByAggregateInput
    _max?: SyncRunMaxOrderByAggregateInput
    _min?: SyncRunMinOrderByAggregateInput
    _sum?: SyncRunSumOrderByAggregateInput
  }

  export type SyncRunScalarWhereWithAggregatesInput = {
    AND?: SyncRunScalarWhereWithAggregatesInput | SyncRunScalarWhereWithAggregatesInput[]
    OR?: SyncRunScalarWhereWithAggregatesInput[]
    NOT?: SyncRunScalarWhereWithAggregatesInput | SyncRunScalarWhereWithAggregatesInput[]
    id?: IntWithAggregatesFilter<"SyncRun"> | number
    sourceId?: IntWithAggregatesFilter<"SyncRun"> | number
    kind?: StringWithAggregatesFilter<"SyncRun"> | string
    status?: StringWithAggregatesFilter<"SyncRun"> | string
    startedAt?: DateTimeWithAggregatesFilter<"SyncRun"> | Date | string
    finishedAt?: DateTimeNullableWithAggregatesFilter<"SyncRun"> | Date | string | null
    stateMachinesSeen?: IntWithAggregatesFilter<"SyncRun"> | number
    executionsSeen?: IntWithAggregatesFilter<"SyncRun"> | number
    executionsWritten?: IntWithAggregatesFilter<"SyncRun"> | number
    eventsWritten?: IntWithAggregatesFilter<"SyncRun"> | number
    requestsMade?: IntWithAggregatesFilter<"SyncRun"> | number
    throttledRequests?: IntWithAggregatesFilter<"SyncRun"> | number
    progress?: FloatWithAggregatesFilter<"SyncRun"> | number
    error?: StringNullableWithAggregatesFilter<"SyncRun"> | string | null
    checkpoint?: JsonNullableWithAggregatesFilter<"SyncRun">
  }

  export type StateMachineWhereInput = {
    AND?: StateMachineWhereInput | StateMachineWhereInput[]
    OR?: StateMachineWhereInput[]
    NOT?: StateMachineWhereInput | StateMachineWhereInput[]
    id?: IntFilter<"StateMachine"> | number
    arn?: StringFilter<"StateMachine"> | string
    name?: StringFilter<"StateMachine"> | string
    type?: StringFilter<"StateMachine"> | string
    status?: StringNullableFilter<"StateMachine"> | string | null
    roleArn?: StringNullableFilter<"StateMachine"> | string | null
    logGroupArn?: StringNullableFilter<"StateMachine"> | string | null
    createdAt?: DateTimeNullableFilter<"StateMachine"> | Date | string | null
    sourceId?: IntFilter<"StateMachine"> | number
    lastSyncedAt?: DateTimeNullableFilter<"StateMachine"> | Date | string | null
    syncedUntil?: DateTimeNullableFilter<"StateMachine"> | Date | string | null
    source?: XOR<SourceScalarRelationFilter, SourceWhereInput>
    revisions?: StateMachineRevisionListRelationFilter
    executions?: ExecutionListRelationFilter
    metricHours?: MetricHourListRelationFilter
  }

  export type StateMachineOrderByWithRelationInput = {
    id?: SortOrder
    arn?: SortOrder
    name?: SortOrder
    type?: SortOrder
    status?: SortOrderInput | SortOrder
    roleArn?: SortOrderInput | SortOrder
    logGroupArn?: SortOrderInput | SortOrder
    createdAt?: SortOrderInput | SortOrder
    sourceId?: SortOrder
    lastSyncedAt?: SortOrderInput | SortOrder
    syncedUntil?: SortOrderInput | SortOrder
    source?: SourceOrderByWithRelationInput
    revisions?: StateMachineRevisionOrderByRelationAggregateInput
    executions?: ExecutionOrderByRelationAggregateInput
    metricHours?: MetricHourOrderByRelationAggregateInput
  }

  export type StateMachineWhereUniqueInput = Prisma.AtLeast<{
    id?: number
    arn?: string
    AND?: StateMachineWhereInput | StateMachineWhereInput[]
    OR?: StateMachineWhereInput[]
    NOT?: StateMachineWhereInput | StateMachineWhereInput[]
    name?: StringFilter<"StateMachine"> | string
    type?: StringFilter<"StateMachine"> | string
    status?: StringNullableFilter<"StateMachine"> | string | null
    roleArn?: StringNullableFilter<"StateMachine"> | string | null
    logGroupArn?: StringNullableFilter<"StateMachine"> | string | null
    createdAt?: DateTimeNullableFilter<"StateMachine"> | Date | string | null
    sourceId?: IntFilter<"StateMachine"> | number
    lastSyncedAt?: DateTimeNullableFilter<"StateMachine"> | Date | string | null
    syncedUntil?: DateTimeNullableFilter<"StateMachine"> | Date | string | null
    source?: XOR<SourceScalarRelationFilter, SourceWhereInput>
    revisions?: StateMachineRevisionListRelationFilter
    executions?: ExecutionListRelationFilter
    metricHours?: MetricHourListRelationFilter
  }, "id" | "arn">

  export type StateMachineOrderByWithAggregationInput = {
    id?: SortOrder
    arn?: SortOrder
    name?: SortOrder
    type?: SortOrder
    status?: SortOrderInput | SortOrder
    roleArn?: SortOrderInput | SortOrder
    logGroupArn?: SortOrderInput | SortOrder
    createdAt?: SortOrderInput | SortOrder
    sourceId?: SortOrder
    lastSyncedAt?: SortOrderInput | SortOrder
    syncedUntil?: SortOrderInput | SortOrder
    _count?: StateMachineCountOrderByAggregateInput
    _avg?: StateMachineAvgOrderByAggregateInput
    _max?: StateMachineMaxOrderByAggregateInput
    _min?: StateMachineMinOrderByAggregateInput
    _sum?: StateMachineSumOrderByAggregateInput
  }

  export type StateMachineScalarWhereWithAggregatesInput = {
    AND?: StateMachineScalarWhereWithAggregatesInput | StateMachineScalarWhereWithAggregatesInput[]
    OR?: StateMachineScalarWhereWithAggregatesInput[]
    NOT?: StateMachineScalarWhereWithAggregatesInput | StateMachineScalarWhereWithAggregatesInput[]
    id?: IntWithAggregatesFilter<"StateMachine"> | number
    arn?: StringWithAggregatesFilter<"StateMachine"> | string
    name?: StringWithAggregatesFilter<"StateMachine"> | string
    type?: StringWithAggregatesFilter<"StateMachine"> | string
    status?: StringNullableWithAggregatesFilter<"StateMachine"> | string | null
    roleArn?: StringNullableWithAggregatesFilter<"StateMachine"> | string | null
    logGroupArn?: StringNullableWithAggregatesFilter<"StateMachine"> | string | null
    createdAt?: DateTimeNullableWithAggregatesFilter<"StateMachine"> | Date | string | null
    sourceId?: IntWithAggregatesFilter<"StateMachine"> | number
    lastSyncedAt?: DateTimeNullableWithAggregatesFilter<"StateMachine"> | Date | string | null
    syncedUntil?: DateTimeNullableWithAggregatesFilter<"StateMachine"> | Date | string | null
  }

  export type StateMachineRevisionWhereInput = {
    AND?: StateMachineRevisionWhereInput | StateMachineRevisionWhereInput[]
    OR?: StateMachineRevisionWhereInput[]
    NOT?: StateMachineRevisionWhereInput | StateMachineRevisionWhereInput[]
    id?: IntFilter<"StateMachineRevision"> | number
    stateMachineId?: IntFilter<"StateMachineRevision"> | number
    revisionId?: StringNullableFilter<"StateMachineRevision"> | string | null
    definition?: StringFilter<"StateMachineRevision"> | string
    definitionHash?: StringFilter<"StateMachineRevision"> | string
    definitionBytes?: IntFilter<"StateMachineRevision"> | number
    firstSeenAt?: DateTimeFilter<"StateMachineRevision"> | Date | string
    stateMachine?: XOR<StateMachineScalarRelationFilter, StateMachineWhereInput>
    executions?: ExecutionListRelationFilter
  }

  export type StateMachineRevisionOrderByWithRelationInput = {
    id?: SortOrder
    stateMachineId?: SortOrder
    revisionId?: SortOrderInput | SortOrder
    definition?: SortOrder
    definitionHash?: SortOrder
    definitionBytes?: SortOrder
    firstSeenAt?: SortOrder
    stateMachine?: StateMachineOrderByWithRelationInput
    executions?: ExecutionOrderByRelationAggregateInput
  }

  export type StateMachineRevisionWhereUniqueInput = Prisma.AtLeast<{
    id?: number
    stateMachineId_definitionHash?: StateMachineRevisionStateMachineIdDefinitionHashCompoundUniqueInput
    AND?: StateMachineRevisionWhereInput | StateMachineRevisionWhereInput[]
    OR?: StateMachineRevisionWhereInput[]
    NOT?: StateMachineRevisionWhereInput | StateMachineRevisionWhereInput[]
    stateMachineId?: IntFilter<"StateMachineRevision"> | number
    revisionId?: StringNullableFilter<"StateMachineRevision"> | string | null
    definition?: StringFilter<"StateMachineRevision"> | string
    definitionHash?: StringFilter<"StateMachineRevision"> | string
    definitionBytes?: IntFilter<"StateMachineRevision"> | number
    firstSeenAt?: DateTimeFilter<"StateMachineRevision"> | Date | string
    stateMachine?: XOR<StateMachineScalarRelationFilter, StateMachineWhereInput>
    executions?: ExecutionListRelationFilter
  }, "id" | "stateMachineId_definitionHash">

  export type StateMachineRevisionOrderByWithAggregationInput = {
    id?: SortOrder
    stateMachineId?: SortOrder
    revisionId?: SortOrderInput | SortOrder
    definition?: SortOrder
    definitionHash?: SortOrder
    definitionBytes?: SortOrder
    firstSeenAt?: SortOrder
    _count?: StateMachineRevisionCountOrderByAggregateInput
    _avg?: StateMachineRevisionAvgOrderByAggregateInput
    _max?: StateMachineRevisionMaxOrderByAggregateInput
    _min?: StateMachineRevisionMinOrderByAggregateInput
    _sum?: StateMachineRevisionSumOrderByAggregateInput
  }

  export type StateMachineRevisionScalarWhereWithAggregatesInput = {
    AND?: StateMachineRevisionScalarWhereWithAggregatesInput | StateMachineRevisionScalarWhereWithAggregatesInput[]
    OR?: StateMachineRevisionScalarWhereWithAggregatesInput[]
    NOT?: StateMachineRevisionScalarWhereWithAggregatesInput | StateMachineRevisionScalarWhereWithAggregatesInput[]
    id?: IntWithAggregatesFilter<"StateMachineRevision"> | number
    stateMachineId?: IntWithAggregatesFilter<"StateMachineRevision"> | number
    revisionId?: StringNullableWithAggregatesFilter<"StateMachineRevision"> | string | null
    definition?: StringWithAggregatesFilter<"StateMachineRevision"> | string
    definitionHash?: StringWithAggregatesFilter<"StateMachineRevision"> | string
    definitionBytes?: IntWithAggregatesFilter<"StateMachineRevision"> | number
    firstSeenAt?: DateTimeWithAggregatesFilter<"StateMachineRevision"> | Date | string
  }

  export type ExecutionWhereInput = {
    AND?: ExecutionWhereInput | ExecutionWhereInput[]
    OR?: ExecutionWhereInput[]
    NOT?: ExecutionWhereInput | ExecutionWhereInput[]
    id?: IntFilter<"Execution"> | number
    arn?: StringFilter<"Execution"> | string
    name?: StringFilter<"Execution"> | string
    stateMachineId?: IntFilter<"Execution"> | number
    revisionId?: IntNullableFilter<"Execution"> | number | null
    sourceId?: IntFilter<"Execution"> | number
    status?: StringFilter<"Execution"> | string
    startDate?: DateTimeFilter<"Execution"> | Date | string
    stopDate?: DateTimeNullableFilter<"Execution"> | Date | string | null
    durationMs?: IntNullableFilter<"Execution"> | number | null
    input?: StringNullableFilter<"Execution"> | string | null
    output?: StringNullableFilter<"Execution"> | string | null
    inputBytes?: IntNullableFilter<"Execution"> | number | null
    outputBytes?: IntNullableFilter<"Execution"> | number | null
    error?: StringNullableFilter<"Execution"> | string | null
    cause?: StringNullableFilter<"Execution"> | string | null
    failedStateName?: StringNullableFilter<"Execution"> | string | null
    redriveCount?: IntFilter<"Execution"> | number
    redriveStatus?: StringNullableFilter<"Execution"> | string | null
    redriveStatusReason?: StringNullableFilter<"Execution"> | string | null
    redriveDate?: DateTimeNullableFilter<"Execution"> | Date | string | null
    mapRunArn?: StringNullableFilter<"Execution"> | string | null
    eventCount?: IntFilter<"Execution"> | number
    lastEventAt?: DateTimeNullableFilter<"Execution"> | Date | string | null
    stateTransitions?: IntNullableFilter<"Execution"> | number | null
    historyComplete?: BoolFilter<"Execution"> | boolean
    lastSyncedAt?: DateTimeFilter<"Execution"> | Date | string
    stateMachine?: XOR<StateMachineScalarRelationFilter, StateMachineWhereInput>
    revision?: XOR<StateMachineRevisionNullableScalarRelationFilter, StateMachineRevisionWhereInput> | null
    source?: XOR<SourceScalarRelationFilter, SourceWhereInput>
    events?: HistoryEventListRelationFilter
  }

  export type ExecutionOrderByWithRelationInput = {
    id?: SortOrder
    arn?: SortOrder
    name?: SortOrder
    stateMachineId?: SortOrder
    revisionId?: SortOrderInput | SortOrder
    sourceId?: SortOrder
    status?: SortOrder
    startDate?: SortOrder
    stopDate?: SortOrderInput | SortOrder
    durationMs?: SortOrderInput | SortOrder
    input?: SortOrderInput | SortOrder
    output?: SortOrderInput | SortOrder
    inputBytes?: SortOrderInput | SortOrder
    outputBytes?: SortOrderInput | SortOrder
    error?: SortOrderInput | SortOrder
    cause?: SortOrderInput | SortOrder
    failedStateName?: SortOrderInput | SortOrder
    redriveCount?: SortOrder
    redriveStatus?: SortOrderInput | SortOrder
    redriveStatusReason?: SortOrderInput | SortOrder
    redriveDate?: SortOrderInput | SortOrder
    mapRunArn?: SortOrderInput | SortOrder
    eventCount?: SortOrder
    lastEventAt?: SortOrderInput | SortOrder
    stateTransitions?: SortOrderInput | SortOrder
    historyComplete?: SortOrder
    lastSyncedAt?: SortOrder
    stateMachine?: StateMachineOrderByWithRelationInput
    revision?: StateMachineRevisionOrderByWithRelationInput
    source?: SourceOrderByWithRelationInput
    events?: HistoryEventOrderByRelationAggregateInput
  }

  export type ExecutionWhereUniqueInput = Prisma.AtLeast<{
    id?: number
    arn?: string
    AND?: ExecutionWhereInput | ExecutionWhereInput[]
    OR?: ExecutionWhereInput[]
    NOT?: ExecutionWhereInput | ExecutionWhereInput[]
    name?: StringFilter<"Execution"> | string
    stateMachineId?: IntFilter<"Execution"> | number
    revisionId?: IntNullableFilter<"Execution"> | number | null
    sourceId?: IntFilter<"Execution"> | number
    status?: StringFilter<"Execution"> | string
    startDate?: DateTimeFilter<"Execution"> | Date | string
    stopDate?: DateTimeNullableFilter<"Execution"> | Date | string | null
    durationMs?: IntNullableFilter<"Execution"> | number | null
    input?: StringNullableFilter<"Execution"> | string | null
    output?: StringNullableFilter<"Execution"> | string | null
    inputBytes?: IntNullableFilter<"Execution"> | number | null
    outputBytes?: IntNullableFilter<"Execution"> | number | null
    error?: StringNullableFilter<"Execution"> | string | null
    cause?: StringNullableFilter<"Execution"> | string | null
    failedStateName?: StringNullableFilter<"Execution"> | string | null
    redriveCount?: IntFilter<"Execution"> | number
    redriveStatus?: StringNullableFilter<"Execution"> | string | null
    redriveStatusReason?: StringNullableFilter<"Execution"> | string | null
    redriveDate?: DateTimeNullableFilter<"Execution"> | Date | string | null
    mapRunArn?: StringNullableFilter<"Execution"> | string | null
    eventCount?: IntFilter<"Execution"> | number
    lastEventAt?: DateTimeNullableFilter<"Execution"> | Date | string | null
    stateTransitions?: IntNullableFilter<"Execution"> | number | null
    historyComplete?: BoolFilter<"Execution"> | boolean
    lastSyncedAt?: DateTimeFilter<"Execution"> | Date | string
    stateMachine?: XOR<StateMachineScalarRelationFilter, StateMachineWhereInput>
    revision?: XOR<StateMachineRevisionNullableScalarRelationFilter, StateMachineRevisionWhereInput> | null
    source?: XOR<SourceScalarRelationFilter, SourceWhereInput>
    events?: HistoryEventListRelationFilter
  }, "id" | "arn">

  export type ExecutionOrderByWithAggregationInput = {
    id?: SortOrder
    arn?: SortOrder
    name?: SortOrder
    stateMachineId?: SortOrder
    revisionId?: SortOrderInput | SortOrder
    sourceId?: SortOrder
    status?: SortOrder
    startDate?: SortOrder
    stopDate?: SortOrderInput | SortOrder
    durationMs?: SortOrderInput | SortOrder
    input?: SortOrderInput | SortOrder
    output?: SortOrderInput | SortOrder
    inputBytes?: SortOrderInput | SortOrder
    outputBytes?: SortOrderInput | SortOrder
    error?: SortOrderInput | SortOrder
    cause?: SortOrderInput | SortOrder
    failedStateName?: SortOrderInput | SortOrder
    redriveCount?: SortOrder
    redriveStatus?: SortOrderInput | SortOrder
    redriveStatusReason?: SortOrderInput | SortOrder
    redriveDate?: SortOrderInput | SortOrder
    mapRunArn?: SortOrderInput | SortOrder
    eventCount?: SortOrder
    lastEventAt?: SortOrderInput | SortOrder
    stateTransitions?: SortOrderInput | SortOrder
    historyComplete?: SortOrder
    lastSyncedAt?: SortOrder
    _count?: ExecutionCountOrderByAggregateInput
    _avg?: ExecutionAvgOrderByAggregateInput
    _max?: ExecutionMaxOrderByAggregateInput
    _min?: ExecutionMinOrderByAggregateInput
    _sum?: ExecutionSumOrderByAggregateInput
  }

  export type ExecutionScalarWhereWithAggregatesInput = {
    AND?: ExecutionScalarWhereWithAggregatesInput | ExecutionScalarWhereWithAggregatesInput[]
    OR?: ExecutionScalarWhereWithAggregatesInput[]
    NOT?: ExecutionScalarWhereWithAggregatesInput | ExecutionScalarWhereWithAggregatesInput[]
    id?: IntWithAggregatesFilter<"Execution"> | number
    arn?: StringWithAggregatesFilter<"Execution"> | string
    name?: StringWithAggregatesFilter<"Execution"> | string
    stateMachineId?: IntWithAggregatesFilter<"Execution"> | number
    revisionId?: IntNullableWithAggregatesFilter<"Execution"> | number | null
    sourceId?: IntWithAggregatesFilter<"Execution"> | number
    status?: StringWithAggregatesFilter<"Execution"> | string
    startDate?: DateTimeWithAggregatesFilter<"Execution"> | Date | string
    stopDate?: DateTimeNullableWithAggregatesFilter<"Execution"> | Date | string | null
    durationMs?: IntNullableWithAggregatesFilter<"Execution"> | number | null
    input?: StringNullableWithAggregatesFilter<"Execution"> | string | null
    output?: StringNullableWithAggregatesFilter<"Execution"> | string | null
    inputBytes?: IntNullableWithAggregatesFilter<"Execution"> | number | null
    outputBytes?: IntNullableWithAggregatesFilter<"Execution"> | number | null
    error?: StringNullableWithAggregatesFilter<"Execution"> | string | null
    cause?: StringNullableWithAggregatesFilter<"Execution"> | string | null
    failedStateName?: StringNullableWithAggregatesFilter<"Execution"> | string | null
    redriveCount?: IntWithAggregatesFilter<"Execution"> | number
    redriveStatus?: StringNullableWithAggregatesFilter<"Execution"> | string | null
    redriveStatusReason?: StringNullableWithAggregatesFilter<"Execution"> | string | null
    redriveDate?: DateTimeNullableWithAggregatesFilter<"Execution"> | Date | string | null
    mapRunArn?: StringNullableWithAggregatesFilter<"Execution"> | string | null
    eventCount?: IntWithAggregatesFilter<"Execution"> | number
    lastEventAt?: DateTimeNullableWithAggregatesFilter<"Execution"> | Date | string | null
    stateTransitions?: IntNullableWithAggregatesFilter<"Execution"> | number | null
    historyComplete?: BoolWithAggregatesFilter<"Execution"> | boolean
    lastSyncedAt?: DateTimeWithAggregatesFilter<"Execution"> | Date | string
  }

  export type HistoryEventWhereInput = {
    AND?: HistoryEventWhereInput | HistoryEventWhereInput[]
    OR?: HistoryEventWhereInput[]
    NOT?: HistoryEventWhereInput | HistoryEventWhereInput[]
    executionId?: IntFilter<"HistoryEvent"> | number
    eventId?: IntFilter<"HistoryEvent"> | number
    previousEventId?: IntNullableFilter<"HistoryEvent"> | number | null
    type?: StringFilter<"HistoryEvent"> | string
    timestamp?: DateTimeFilter<"HistoryEvent"> | Date | string
    stateName?: StringNullableFilter<"HistoryEvent"> | string | null
    details?: JsonFilter<"HistoryEvent">
    execution?: XOR<ExecutionScalarRelationFilter, ExecutionWhereInput>
  }

  export type HistoryEventOrderByWithRelationInput = {
    executionId?: SortOrder
    eventId?: SortOrder
    previousEventId?: SortOrderInput | SortOrder
    type?: SortOrder
    timestamp?: SortOrder
    stateName?: SortOrderInput | SortOrder
    details?: SortOrder
    execution?: ExecutionOrderByWithRelationInput
  }

  export type HistoryEventWhereUniqueInput = Prisma.AtLeast<{
    executionId_eventId?: HistoryEventExecutionIdEventIdCompoundUniqueInput
    AND?: HistoryEventWhereInput | HistoryEventWhereInput[]
    OR?: HistoryEventWhereInput[]
    NOT?: HistoryEventWhereInput | HistoryEventWhereInput[]
    executionId?: IntFilter<"HistoryEvent"> | number
    eventId?: IntFilter<"HistoryEvent"> | number
    previousEventId?: IntNullableFilter<"HistoryEvent"> | number | null
    type?: StringFilter<"HistoryEvent"> | string
    timestamp?: DateTimeFilter<"HistoryEvent"> | Date | string
    stateName?: StringNullableFilter<"HistoryEvent"> | string | null
    details?: JsonFilter<"HistoryEvent">
    execution?: XOR<ExecutionScalarRelationFilter, ExecutionWhereInput>
  }, "executionId_eventId">

  export type HistoryEventOrderByWithAggregationInput = {
    executionId?: SortOrder
    eventId?: SortOrder
    previousEventId?: SortOrderInput | SortOrder
    type?: SortOrder
    timestamp?: SortOrder
    stateName?: SortOrderInput | SortOrder
    details?: SortOrder
    _count?: HistoryEventCountOrderByAggregateInput
    _avg?: HistoryEventAvgOrderByAggregateInput
    _max?: HistoryEventMaxOrderByAggregateInput
    _min?: HistoryEventMinOrderByAggregateInput
    _sum?: HistoryEventSumOrderByAggregateInput
  }

  export type HistoryEventScalarWhereWithAggregatesInput = {
    AND?: HistoryEventScalarWhereWithAggregatesInput | HistoryEventScalarWhereWithAggregatesInput[]
    OR?: HistoryEventScalarWhereWithAggregatesInput[]
    NOT?: HistoryEventScalarWhereWithAggregatesInput | HistoryEventScalarWhereWithAggregatesInput[]
    executionId?: IntWithAggregatesFilter<"HistoryEvent"> | number
    eventId?: IntWithAggregatesFilter<"HistoryEvent"> | number
    previousEventId?: IntNullableWithAggregatesFilter<"HistoryEvent"> | number | null
    type?: StringWithAggregatesFilter<"HistoryEvent"> | string
    timestamp?: DateTimeWithAggregatesFilter<"HistoryEvent"> | Date | string
    stateName?: StringNullableWithAggregatesFilter<"HistoryEvent"> | string | null
    details?: JsonWithAggregatesFilter<"HistoryEvent">
  }

  export type MetricHourWhereInput = {
    AND?: MetricHourWhereInput | MetricHourWhereInput[]
    OR?: MetricHourWhereInput[]
    NOT?: MetricHourWhereInput | MetricHourWhereInput[]
    stateMachineId?: IntFilter<"MetricHour"> | number
    metric?: StringFilter<"MetricHour"> | string
    statistic?: StringFilter<"MetricHour"> | string
    hourStart?: DateTimeFilter<"MetricHour"> | Date | string
    value?: FloatFilter<"MetricHour"> | number
    stateMachine?: XOR<StateMachineScalarRelationFilter, StateMachineWhereInput>
  }

  export type MetricHourOrderByWithRelationInput = {
    stateMachineId?: SortOrder
    metric?: SortOrder
    statistic?: SortOrder
    hourStart?: SortOrder
    value?: SortOrder
    stateMachine?: StateMachineOrderByWithRelationInput
  }

  export type MetricHourWhereUniqueInput = Prisma.AtLeast<{
    stateMachineId_metric_statistic_hourStart?: MetricHourStateMachineIdMetricStatisticHourStartCompoundUniqueInput
    AND?: MetricHourWhereInput | MetricHourWhereInput[]
    OR?: MetricHourWhereInput[]
    NOT?: MetricHourWhereInput | MetricHourWhereInput[]
    stateMachineId?: IntFilter<"MetricHour"> | number
    metric?: StringFilter<"MetricHour"> | string
    statistic?: StringFilter<"MetricHour"> | string
    hourStart?: DateTimeFilter<"MetricHour"> | Date | string
    value?: FloatFilter<"MetricHour"> | number
    stateMachine?: XOR<StateMachineScalarRelationFilter, StateMachineWhereInput>
  }, "stateMachineId_metric_statistic_hourStart">

  export type MetricHourOrderByWithAggregationInput = {
    stateMachineId?: SortOrder
    metric?: SortOrder
    statistic?: SortOrder
    hourStart?: SortOrder
    value?: SortOrder
    _count?: MetricHourCountOrderByAggregateInput
    _avg?: MetricHourAvgOrderByAggregateInput
    _max?: MetricHourMaxOrderByAggregateInput
    _min?: MetricHourMinOrderByAggregateInput
    _sum?: MetricHourSumOrderByAggregateInput
  }

  export type MetricHourScalarWhereWithAggregatesInput = {
    AND?: MetricHourScalarWhereWithAggregatesInput | MetricHourScalarWhereWithAggregatesInput[]
    OR?: MetricHourScalarWhereWithAggregatesInput[]
    NOT?: MetricHourScalarWhereWithAggregatesInput | MetricHourScalarWhereWithAggregatesInput[]
    stateMachineId?: IntWithAggregatesFilter<"MetricHour"> | number
    metric?: StringWithAggregatesFilter<"MetricHour"> | string
    statistic?: StringWithAggregatesFilter<"MetricHour"> | string
    hourStart?: DateTimeWithAggregatesFilter<"MetricHour"> | Date | string
    value?: FloatWithAggregatesFilter<"MetricHour"> | number
  }

  export type AuditEntryWhereInput = {
    AND?: AuditEntryWhereInput | AuditEntryWhereInput[]
    OR?: AuditEntryWhereInput[]
    NOT?: AuditEntryWhereInput | AuditEntryWhereInput[]
    id?: IntFilter<"AuditEntry"> | number
    at?: DateTimeFilter<"AuditEntry"> | Date | string
    actor?: StringFilter<"AuditEntry"> | string
    action?: StringFilter<"AuditEntry"> | string
    targets?: JsonFilter<"AuditEntry">
    params?: JsonNullableFilter<"AuditEntry">
    outcome?: StringFilter<"AuditEntry"> | string
    results?: JsonNullableFilter<"AuditEntry">
  }

  export type AuditEntryOrderByWithRelationInput = {
    id?: SortOrder
    at?: SortOrder
    actor?: SortOrder
    action?: SortOrder
    targets?: SortOrder
    params?: SortOrderInput | SortOrder
    outcome?: SortOrder
    results?: SortOrderInput | SortOrder
  }

  export type AuditEntryWhereUniqueInput = Prisma.AtLeast<{
    id?: number
    AND?: AuditEntryWhereInput | AuditEntryWhereInput[]
    OR?: AuditEntryWhereInput[]
    NOT?: AuditEntryWhereInput | AuditEntryWhereInput[]
    at?: DateTimeFilter<"AuditEntry"> | Date | string
    actor?: StringFilter<"AuditEntry"> | string
    action?: StringFilter<"AuditEntry"> | string
    targets?: JsonFilter<"AuditEntry">
    params?: JsonNullableFilter<"AuditEntry">
    outcome?: StringFilter<"AuditEntry"> | string
    results?: JsonNullableFilter<"AuditEntry">
  }, "id">

  export type AuditEntryOrderByWithAggregationInput = {
    id?: SortOrder
    at?: SortOrder
    actor?: SortOrder
    action?: SortOrder
    targets?: SortOrder
    params?: SortOrderInput | SortOrder
    outcome?: SortOrder
    results?: SortOrderInput | SortOrder
    _count?: AuditEntryCountOrderByAggregateInput
    _avg?: AuditEntryAvgOrderByAggregateInput
    _max?: AuditEntryMaxOrderByAggregateInput
    _min?: AuditEntryMinOrderByAggregateInput
    _sum?: AuditEntrySumOrderByAggregateInput
  }

  export type AuditEntryScalarWhereWithAggregatesInput = {
    AND?: AuditEntryScalarWhereWithAggregatesInput | AuditEntryScalarWhereWithAggregatesInput[]
    OR?: AuditEntryScalarWhereWithAggregatesInput[]
    NOT?: AuditEntryScalarWhereWithAggregatesInput | AuditEntryScalarWhereWithAggregatesInput[]
    id?: IntWithAggregatesFilter<"AuditEntry"> | number
    at?: DateTimeWithAggregatesFilter<"AuditEntry"> | Date | string
    actor?: StringWithAggregatesFilter<"AuditEntry"> | string
    action?: StringWithAggregatesFilter<"AuditEntry"> | string
    targets?: JsonWithAggregatesFilter<"AuditEntry">
    params?: JsonNullableWithAggregatesFilter<"AuditEntry">
    outcome?: StringWithAggregatesFilter<"AuditEntry"> | string
    results?: JsonNullableWithAggregatesFilter<"AuditEntry">
  }

  export type SettingWhereInput = {
    AND?: SettingWhereInput | SettingWhereInput[]
    OR?: SettingWhereInput[]
    NOT?: SettingWhereInput | SettingWhereInput[]
    key?: StringFilter<"Setting"> | string
    value?: JsonFilter<"Setting">
    updatedAt?: DateTimeFilter<"Setting"> | Date | string
  }

  export type SettingOrderByWithRelationInput = {
    key?: SortOrder
    value?: SortOrder
    updatedAt?: SortOrder
  }

  export type SettingWhereUniqueInput = Prisma.AtLeast<{
    key?: string
    AND?: SettingWhereInput | SettingWhereInput[]
    OR?: SettingWhereInput[]
    NOT?: SettingWhereInput | SettingWhereInput[]
    value?: JsonFilter<"Setting">
    updatedAt?: DateTimeFilter<"Setting"> | Date | string
  }, "key">

  export type SettingOrderByWithAggregationInput = {
    key?: SortOrder
    value?: SortOrder
    updatedAt?: SortOrder
    _count?: SettingCountOrderByAggregateInput
    _max?: SettingMaxOrderByAggregateInput
    _min?: SettingMinOrderByAggregateInput
  }

  export type SettingScalarWhereWithAggregatesInput = {
    AND?: SettingScalarWhereWithAggregatesInput | SettingScalarWhereWithAggregatesInput[]
    OR?: SettingScalarWhereWithAggregatesInput[]
    NOT?: SettingScalarWhereWithAggregatesInput | SettingScalarWhereWithAggregatesInput[]
    key?: StringWithAggregatesFilter<"Setting"> | string
    value?: JsonWithAggregatesFilter<"Setting">
    updatedAt?: DateTimeWithAggregatesFilter<"Setting"> | Date | string
  }

  export type SourceCreateInput = {
    kind: string
    name: string
    region?: string | null
    accountId?: string | null
    profile?: string | null
    roleArn?: string | null
    endpoint?: string | null
    syncIntervalSec?: number | null
    maxRequestsPerSec?: number | null
    enabled?: boolean
    createdAt?: Date | string
    updatedAt?: Date | string
    stateMachines?: StateMachineCreateNestedManyWithoutSourceInput
    executions?: ExecutionCreateNestedManyWithoutSourceInput
    syncRuns?: SyncRunCreateNestedManyWithoutSourceInput
  }

  export type SourceUncheckedCreateInput = {
    id?: number
    kind: string
    name: string
    region?: string | null
    accountId?: string | null
    profile?: string | null
    roleArn?: string | null
    endpoint?: string | null
    syncIntervalSec?: number | null
    maxRequestsPerSec?: number | null
    enabled?: boolean
    createdAt?: Date | string
    updatedAt?: Date | string
    stateMachines?: StateMachineUncheckedCreateNestedManyWithoutSourceInput
    executions?: ExecutionUncheckedCreateNestedManyWithoutSourceInput
    syncRuns?: SyncRunUncheckedCreateNestedManyWithoutSourceInput
  }

  export type SourceUpdateInput = {
    kind?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    region?: NullableStringFieldUpdateOperationsInput | string | null
    accountId?: NullableStringFieldUpdateOperationsInput | string | null
    profile?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    endpoint?: NullableStringFieldUpdateOperationsInput | string | null
    syncIntervalSec?: NullableIntFieldUpdateOperationsInput | number | null
    maxRequestsPerSec?: NullableFloatFieldUpdateOperationsInput | number | null
    enabled?: BoolFieldUpdateOperationsInput | boolean
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    stateMachines?: StateMachineUpdateManyWithoutSourceNestedInput
    executions?: ExecutionUpdateManyWithoutSourceNestedInput
    syncRuns?: SyncRunUpdateManyWithoutSourceNestedInput
  }

  export type SourceUncheckedUpdateInput = {
    id?: IntFieldUpdateOperationsInput | number
    kind?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    region?: NullableStringFieldUpdateOperationsInput | string | null
    accountId?: NullableStringFieldUpdateOperationsInput | string | null
    profile?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    endpoint?: NullableStringFieldUpdateOperationsInput | string | null
    syncIntervalSec?: NullableIntFieldUpdateOperationsInput | number | null
    maxRequestsPerSec?: NullableFloatFieldUpdateOperationsInput | number | null
    enabled?: BoolFieldUpdateOperationsInput | boolean
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    stateMachines?: StateMachineUncheckedUpdateManyWithoutSourceNestedInput
    executions?: ExecutionUncheckedUpdateManyWithoutSourceNestedInput
    syncRuns?: SyncRunUncheckedUpdateManyWithoutSourceNestedInput
  }

  export type SourceCreateManyInput = {
    id?: number
    kind: string
    name: string
    region?: string | null
    accountId?: string | null
    profile?: string | null
    roleArn?: string | null
    endpoint?: string | null
    syncIntervalSec?: number | null
    maxRequestsPerSec?: number | null
    enabled?: boolean
    createdAt?: Date | string
    updatedAt?: Date | string
  }

  export type SourceUpdateManyMutationInput = {
    kind?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    region?: NullableStringFieldUpdateOperationsInput | string | null
    accountId?: NullableStringFieldUpdateOperationsInput | string | null
    profile?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    endpoint?: NullableStringFieldUpdateOperationsInput | string | null
    syncIntervalSec?: NullableIntFieldUpdateOperationsInput | number | null
    maxRequestsPerSec?: NullableFloatFieldUpdateOperationsInput | number | null
    enabled?: BoolFieldUpdateOperationsInput | boolean
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type SourceUncheckedUpdateManyInput = {
    id?: IntFieldUpdateOperationsInput | number
    kind?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    region?: NullableStringFieldUpdateOperationsInput | string | null
    accountId?: NullableStringFieldUpdateOperationsInput | string | null
    profile?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    endpoint?: NullableStringFieldUpdateOperationsInput | string | null
    syncIntervalSec?: NullableIntFieldUpdateOperationsInput | number | null
    maxRequestsPerSec?: NullableFloatFieldUpdateOperationsInput | number | null
    enabled?: BoolFieldUpdateOperationsInput | boolean
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type SyncRunCreateInput = {
    kind: string
    status: string
    startedAt?: Date | string
    finishedAt?: Date | string | null
    stateMachinesSeen?: number
    executionsSeen?: number
    executionsWritten?: number
    eventsWritten?: number
    requestsMade?: number
    throttledRequests?: number
    progress?: number
    error?: string | null
    checkpoint?: NullableJsonNullValueInput | InputJsonValue
    source: SourceCreateNestedOneWithoutSyncRunsInput
  }

  export type SyncRunUncheckedCreateInput = {
    id?: number
    sourceId: number
    kind: string
    status: string
    startedAt?: Date | string
    finishedAt?: Date | string | null
    stateMachinesSeen?: number
    executionsSeen?: number
    executionsWritten?: number
    eventsWritten?: number
    requestsMade?: number
    throttledRequests?: number
    progress?: number
    error?: string | null
    checkpoint?: NullableJsonNullValueInput | InputJsonValue
  }

  export type SyncRunUpdateInput = {
    kind?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    startedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    finishedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    stateMachinesSeen?: IntFieldUpdateOperationsInput | number
    executionsSeen?: IntFieldUpdateOperationsInput | number
    executionsWritten?: IntFieldUpdateOperationsInput | number
    eventsWritten?: IntFieldUpdateOperationsInput | number
    requestsMade?: IntFieldUpdateOperationsInput | number
    throttledRequests?: IntFieldUpdateOperationsInput | number
    progress?: FloatFieldUpdateOperationsInput | number
    error?: NullableStringFieldUpdateOperationsInput | string | null
    checkpoint?: NullableJsonNullValueInput | InputJsonValue
    source?: SourceUpdateOneRequiredWithoutSyncRunsNestedInput
  }

  export type SyncRunUncheckedUpdateInput = {
    id?: IntFieldUpdateOperationsInput | number
    sourceId?: IntFieldUpdateOperationsInput | number
    kind?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    startedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    finishedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    stateMachinesSeen?: IntFieldUpdateOperationsInput | number
    executionsSeen?: IntFieldUpdateOperationsInput | number
    executionsWritten?: IntFieldUpdateOperationsInput | number
    eventsWritten?: IntFieldUpdateOperationsInput | number
    requestsMade?: IntFieldUpdateOperationsInput | number
    throttledRequests?: IntFieldUpdateOperationsInput | number
    progress?: FloatFieldUpdateOperationsInput | number
    error?: NullableStringFieldUpdateOperationsInput | string | null
    checkpoint?: NullableJsonNullValueInput | InputJsonValue
  }

  export type SyncRunCreateManyInput = {
    id?: number
    sourceId: number
    kind: string
    status: string
    startedAt?: Date | string
    finishedAt?: Date | string | null
    stateMachinesSeen?: number
    executionsSeen?: number
    executionsWritten?: number
    eventsWritten?: number
    requestsMade?: number
    throttledRequests?: number
    progress?: number
    error?: string | null
    checkpoint?: NullableJsonNullValueInput | InputJsonValue
  }

  export type SyncRunUpdateManyMutationInput = {
    kind?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    startedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    finishedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    stateMachinesSeen?: IntFieldUpdateOperationsInput | number
    executionsSeen?: IntFieldUpdateOperationsInput | number
    executionsWritten?: IntFieldUpdateOperationsInput | number
    eventsWritten?: IntFieldUpdateOperationsInput | number
    requestsMade?: IntFieldUpdateOperationsInput | number
    throttledRequests?: IntFieldUpdateOperationsInput | number
    progress?: FloatFieldUpdateOperationsInput | number
    error?: NullableStringFieldUpdateOperationsInput | string | null
    checkpoint?: NullableJsonNullValueInput | InputJsonValue
  }

  export type SyncRunUncheckedUpdateManyInput = {
    id?: IntFieldUpdateOperationsInput | number
    sourceId?: IntFieldUpdateOperationsInput | number
    kind?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    startedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    finishedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    stateMachinesSeen?: IntFieldUpdateOperationsInput | number
    executionsSeen?: IntFieldUpdateOperationsInput | number
    executionsWritten?: IntFieldUpdateOperationsInput | number
    eventsWritten?: IntFieldUpdateOperationsInput | number
    requestsMade?: IntFieldUpdateOperationsInput | number
    throttledRequests?: IntFieldUpdateOperationsInput | number
    progress?: FloatFieldUpdateOperationsInput | number
    error?: NullableStringFieldUpdateOperationsInput | string | null
    checkpoint?: NullableJsonNullValueInput | InputJsonValue
  }

  export type StateMachineCreateInput = {
    arn: string
    name: string
    type: string
    status?: string | null
    roleArn?: string | null
    logGroupArn?: string | null
    createdAt?: Date | string | null
    lastSyncedAt?: Date | string | null
    syncedUntil?: Date | string | null
    source: SourceCreateNestedOneWithoutStateMachinesInput
    revisions?: StateMachineRevisionCreateNestedManyWithoutStateMachineInput
    executions?: ExecutionCreateNestedManyWithoutStateMachineInput
    metricHours?: MetricHourCreateNestedManyWithoutStateMachineInput
  }

  export type StateMachineUncheckedCreateInput = {
    id?: number
    arn: string
    name: string
    type: string
    status?: string | null
    roleArn?: string | null
    logGroupArn?: string | null
    createdAt?: Date | string | null
    sourceId: number
    lastSyncedAt?: Date | string | null
    syncedUntil?: Date | string | null
    revisions?: StateMachineRevisionUncheckedCreateNestedManyWithoutStateMachineInput
    executions?: ExecutionUncheckedCreateNestedManyWithoutStateMachineInput
    metricHours?: MetricHourUncheckedCreateNestedManyWithoutStateMachineInput
  }

  export type StateMachineUpdateInput = {
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    type?: StringFieldUpdateOperationsInput | string
    status?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    logGroupArn?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastSyncedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    syncedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    source?: SourceUpdateOneRequiredWithoutStateMachinesNestedInput
    revisions?: StateMachineRevisionUpdateManyWithoutStateMachineNestedInput
    executions?: ExecutionUpdateManyWithoutStateMachineNestedInput
    metricHours?: MetricHourUpdateManyWithoutStateMachineNestedInput
  }

  export type StateMachineUncheckedUpdateInput = {
    id?: IntFieldUpdateOperationsInput | number
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    type?: StringFieldUpdateOperationsInput | string
    status?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    logGroupArn?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    sourceId?: IntFieldUpdateOperationsInput | number
    lastSyncedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    syncedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revisions?: StateMachineRevisionUncheckedUpdateManyWithoutStateMachineNestedInput
    executions?: ExecutionUncheckedUpdateManyWithoutStateMachineNestedInput
    metricHours?: MetricHourUncheckedUpdateManyWithoutStateMachineNestedInput
  }

  export type StateMachineCreateManyInput = {
    id?: number
    arn: string
    name: string
    type: string
    status?: string | null
    roleArn?: string | null
    logGroupArn?: string | null
    createdAt?: Date | string | null
    sourceId: number
    lastSyncedAt?: Date | string | null
    syncedUntil?: Date | string | null
  }

  export type StateMachineUpdateManyMutationInput = {
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    type?: StringFieldUpdateOperationsInput | string
    status?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    logGroupArn?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastSyncedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    syncedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type StateMachineUncheckedUpdateManyInput = {
    id?: IntFieldUpdateOperationsInput | number
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    type?: StringFieldUpdateOperationsInput | string
    status?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    logGroupArn?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    sourceId?: IntFieldUpdateOperationsInput | number
    lastSyncedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    syncedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type StateMachineRevisionCreateInput = {
    revisionId?: string | null
    definition: string
    definitionHash: string
    definitionBytes: number
    firstSeenAt?: Date | string
    stateMachine: StateMachineCreateNestedOneWithoutRevisionsInput
    executions?: ExecutionCreateNestedManyWithoutRevisionInput
  }

  export type StateMachineRevisionUncheckedCreateInput = {
    id?: number
    stateMachineId: number
    revisionId?: string | null
    definition: string
    definitionHash: string
    definitionBytes: number
    firstSeenAt?: Date | string
    executions?: ExecutionUncheckedCreateNestedManyWithoutRevisionInput
  }

  export type StateMachineRevisionUpdateInput = {
    revisionId?: NullableStringFieldUpdateOperationsInput | string | null
    definition?: StringFieldUpdateOperationsInput | string
    definitionHash?: StringFieldUpdateOperationsInput | string
    definitionBytes?: IntFieldUpdateOperationsInput | number
    firstSeenAt?: DateTimeFieldUpdateOperationsInput | Date | string
    stateMachine?: StateMachineUpdateOneRequiredWithoutRevisionsNestedInput
    executions?: ExecutionUpdateManyWithoutRevisionNestedInput
  }

  export type StateMachineRevisionUncheckedUpdateInput = {
    id?: IntFieldUpdateOperationsInput | number
    stateMachineId?: IntFieldUpdateOperationsInput | number
    revisionId?: NullableStringFieldUpdateOperationsInput | string | null
    definition?: StringFieldUpdateOperationsInput | string
    definitionHash?: StringFieldUpdateOperationsInput | string
    definitionBytes?: IntFieldUpdateOperationsInput | number
    firstSeenAt?: DateTimeFieldUpdateOperationsInput | Date | string
    executions?: ExecutionUncheckedUpdateManyWithoutRevisionNestedInput
  }

  export type StateMachineRevisionCreateManyInput = {
    id?: number
    stateMachineId: number
    revisionId?: string | null
    definition: string
    definitionHash: string
    definitionBytes: number
    firstSeenAt?: Date | string
  }

  export type StateMachineRevisionUpdateManyMutationInput = {
    revisionId?: NullableStringFieldUpdateOperationsInput | string | null
    definition?: StringFieldUpdateOperationsInput | string
    definitionHash?: StringFieldUpdateOperationsInput | string
    definitionBytes?: IntFieldUpdateOperationsInput | number
    firstSeenAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type StateMachineRevisionUncheckedUpdateManyInput = {
    id?: IntFieldUpdateOperationsInput | number
    stateMachineId?: IntFieldUpdateOperationsInput | number
    revisionId?: NullableStringFieldUpdateOperationsInput | string | null
    definition?: StringFieldUpdateOperationsInput | string
    definitionHash?: StringFieldUpdateOperationsInput | string
    definitionBytes?: IntFieldUpdateOperationsInput | number
    firstSeenAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type ExecutionCreateInput = {
    arn: string
    name: string
    status: string
    startDate: Date | string
    stopDate?: Date | string | null
    durationMs?: number | null
    input?: string | null
    output?: string | null
    inputBytes?: number | null
    outputBytes?: number | null
    error?: string | null
    cause?: string | null
    failedStateName?: string | null
    redriveCount?: number
    redriveStatus?: string | null
    redriveStatusReason?: string | null
    redriveDate?: Date | string | null
    mapRunArn?: string | null
    eventCount?: number
    lastEventAt?: Date | string | null
    stateTransitions?: number | null
    historyComplete?: boolean
    lastSyncedAt?: Date | string
    stateMachine: StateMachineCreateNestedOneWithoutExecutionsInput
    revision?: StateMachineRevisionCreateNestedOneWithoutExecutionsInput
    source: SourceCreateNestedOneWithoutExecutionsInput
    events?: HistoryEventCreateNestedManyWithoutExecutionInput
  }

  export type ExecutionUncheckedCreateInput = {
    id?: number
    arn: string
    name: string
    stateMachineId: number
    revisionId?: number | null
    sourceId: number
    status: string
    startDate: Date | string
    stopDate?: Date | string | null
    durationMs?: number | null
    input?: string | null
    output?: string | null
    inputBytes?: number | null
    outputBytes?: number | null
    error?: string | null
    cause?: string | null
    failedStateName?: string | null
    redriveCount?: number
    redriveStatus?: string | null
    redriveStatusReason?: string | null
    redriveDate?: Date | string | null
    mapRunArn?: string | null
    eventCount?: number
    lastEventAt?: Date | string | null
    stateTransitions?: number | null
    historyComplete?: boolean
    lastSyncedAt?: Date | string
    events?: HistoryEventUncheckedCreateNestedManyWithoutExecutionInput
  }

  export type ExecutionUpdateInput = {
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    startDate?: DateTimeFieldUpdateOperationsInput | Date | string
    stopDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    durationMs?: NullableIntFieldUpdateOperationsInput | number | null
    input?: NullableStringFieldUpdateOperationsInput | string | null
    output?: NullableStringFieldUpdateOperationsInput | string | null
    inputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    outputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    error?: NullableStringFieldUpdateOperationsInput | string | null
    cause?: NullableStringFieldUpdateOperationsInput | string | null
    failedStateName?: NullableStringFieldUpdateOperationsInput | string | null
    redriveCount?: IntFieldUpdateOperationsInput | number
    redriveStatus?: NullableStringFieldUpdateOperationsInput | string | null
    redriveStatusReason?: NullableStringFieldUpdateOperationsInput | string | null
    redriveDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    mapRunArn?: NullableStringFieldUpdateOperationsInput | string | null
    eventCount?: IntFieldUpdateOperationsInput | number
    lastEventAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    stateTransitions?: NullableIntFieldUpdateOperationsInput | number | null
    historyComplete?: BoolFieldUpdateOperationsInput | boolean
    lastSyncedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    stateMachine?: StateMachineUpdateOneRequiredWithoutExecutionsNestedInput
    revision?: StateMachineRevisionUpdateOneWithoutExecutionsNestedInput
    source?: SourceUpdateOneRequiredWithoutExecutionsNestedInput
    events?: HistoryEventUpdateManyWithoutExecutionNestedInput
  }

  export type ExecutionUncheckedUpdateInput = {
    id?: IntFieldUpdateOperationsInput | number
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    stateMachineId?: IntFieldUpdateOperationsInput | number
    revisionId?: NullableIntFieldUpdateOperationsInput | number | null
    sourceId?: IntFieldUpdateOperationsInput | number
    status?: StringFieldUpdateOperationsInput | string
    startDate?: DateTimeFieldUpdateOperationsInput | Date | string
    stopDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    durationMs?: NullableIntFieldUpdateOperationsInput | number | null
    input?: NullableStringFieldUpdateOperationsInput | string | null
    output?: NullableStringFieldUpdateOperationsInput | string | null
    inputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    outputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    error?: NullableStringFieldUpdateOperationsInput | string | null
    cause?: NullableStringFieldUpdateOperationsInput | string | null
    failedStateName?: NullableStringFieldUpdateOperationsInput | string | null
    redriveCount?: IntFieldUpdateOperationsInput | number
    redriveStatus?: NullableStringFieldUpdateOperationsInput | string | null
    redriveStatusReason?: NullableStringFieldUpdateOperationsInput | string | null
    redriveDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    mapRunArn?: NullableStringFieldUpdateOperationsInput | string | null
    eventCount?: IntFieldUpdateOperationsInput | number
    lastEventAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    stateTransitions?: NullableIntFieldUpdateOperationsInput | number | null
    historyComplete?: BoolFieldUpdateOperationsInput | boolean
    lastSyncedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    events?: HistoryEventUncheckedUpdateManyWithoutExecutionNestedInput
  }

  export type ExecutionCreateManyInput = {
    id?: number
    arn: string
    name: string
    stateMachineId: number
    revisionId?: number | null
    sourceId: number
    status: string
    startDate: Date | string
    stopDate?: Date | string | null
    durationMs?: number | null
    input?: string | null
    output?: string | null
    inputBytes?: number | null
    outputBytes?: number | null
    error?: string | null
    cause?: string | null
    failedStateName?: string | null
    redriveCount?: number
    redriveStatus?: string | null
    redriveStatusReason?: string | null
    redriveDate?: Date | string | null
    mapRunArn?: string | null
    eventCount?: number
    lastEventAt?: Date | string | null
    stateTransitions?: number | null
    historyComplete?: boolean
    lastSyncedAt?: Date | string
  }

  export type ExecutionUpdateManyMutationInput = {
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    startDate?: DateTimeFieldUpdateOperationsInput | Date | string
    stopDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    durationMs?: NullableIntFieldUpdateOperationsInput | number | null
    input?: NullableStringFieldUpdateOperationsInput | string | null
    output?: NullableStringFieldUpdateOperationsInput | string | null
    inputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    outputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    error?: NullableStringFieldUpdateOperationsInput | string | null
    cause?: NullableStringFieldUpdateOperationsInput | string | null
    failedStateName?: NullableStringFieldUpdateOperationsInput | string | null
    redriveCount?: IntFieldUpdateOperationsInput | number
    redriveStatus?: NullableStringFieldUpdateOperationsInput | string | null
    redriveStatusReason?: NullableStringFieldUpdateOperationsInput | string | null
    redriveDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    mapRunArn?: NullableStringFieldUpdateOperationsInput | string | null
    eventCount?: IntFieldUpdateOperationsInput | number
    lastEventAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    stateTransitions?: NullableIntFieldUpdateOperationsInput | number | null
    historyComplete?: BoolFieldUpdateOperationsInput | boolean
    lastSyncedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type ExecutionUncheckedUpdateManyInput = {
    id?: IntFieldUpdateOperationsInput | number
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    stateMachineId?: IntFieldUpdateOperationsInput | number
    revisionId?: NullableIntFieldUpdateOperationsInput | number | null
    sourceId?: IntFieldUpdateOperationsInput | number
    status?: StringFieldUpdateOperationsInput | string
    startDate?: DateTimeFieldUpdateOperationsInput | Date | string
    stopDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    durationMs?: NullableIntFieldUpdateOperationsInput | number | null
    input?: NullableStringFieldUpdateOperationsInput | string | null
    output?: NullableStringFieldUpdateOperationsInput | string | null
    inputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    outputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    error?: NullableStringFieldUpdateOperationsInput | string | null
    cause?: NullableStringFieldUpdateOperationsInput | string | null
    failedStateName?: NullableStringFieldUpdateOperationsInput | string | null
    redriveCount?: IntFieldUpdateOperationsInput | number
    redriveStatus?: NullableStringFieldUpdateOperationsInput | string | null
    redriveStatusReason?: NullableStringFieldUpdateOperationsInput | string | null
    redriveDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    mapRunArn?: NullableStringFieldUpdateOperationsInput | string | null
    eventCount?: IntFieldUpdateOperationsInput | number
    lastEventAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    stateTransitions?: NullableIntFieldUpdateOperationsInput | number | null
    historyComplete?: BoolFieldUpdateOperationsInput | boolean
    lastSyncedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type HistoryEventCreateInput = {
    eventId: number
    previousEventId?: number | null
    type: string
    timestamp: Date | string
    stateName?: string | null
    details: JsonNullValueInput | InputJsonValue
    execution: ExecutionCreateNestedOneWithoutEventsInput
  }

  export type HistoryEventUncheckedCreateInput = {
    executionId: number
    eventId: number
    previousEventId?: number | null
    type: string
    timestamp: Date | string
    stateName?: string | null
    details: JsonNullValueInput | InputJsonValue
  }

  export type HistoryEventUpdateInput = {
    eventId?: IntFieldUpdateOperationsInput | number
    previousEventId?: NullableIntFieldUpdateOperationsInput | number | null
    type?: StringFieldUpdateOperationsInput | string
    timestamp?: DateTimeFieldUpdateOperationsInput | Date | string
    stateName?: NullableStringFieldUpdateOperationsInput | string | null
    details?: JsonNullValueInput | InputJsonValue
    execution?: ExecutionUpdateOneRequiredWithoutEventsNestedInput
  }

  export type HistoryEventUncheckedUpdateInput = {
    executionId?: IntFieldUpdateOperationsInput | number
    eventId?: IntFieldUpdateOperationsInput | number
    previousEventId?: NullableIntFieldUpdateOperationsInput | number | null
    type?: StringFieldUpdateOperationsInput | string
    timestamp?: DateTimeFieldUpdateOperationsInput | Date | string
    stateName?: NullableStringFieldUpdateOperationsInput | string | null
    details?: JsonNullValueInput | InputJsonValue
  }

  export type HistoryEventCreateManyInput = {
    executionId: number
    eventId: number
    previousEventId?: number | null
    type: string
    timestamp: Date | string
    stateName?: string | null
    details: JsonNullValueInput | InputJsonValue
  }

  export type HistoryEventUpdateManyMutationInput = {
    eventId?: IntFieldUpdateOperationsInput | number
    previousEventId?: NullableIntFieldUpdateOperationsInput | number | null
    type?: StringFieldUpdateOperationsInput | string
    timestamp?: DateTimeFieldUpdateOperationsInput | Date | string
    stateName?: NullableStringFieldUpdateOperationsInput | string | null
    details?: JsonNullValueInput | InputJsonValue
  }

  export type HistoryEventUncheckedUpdateManyInput = {
    executionId?: IntFieldUpdateOperationsInput | number
    eventId?: IntFieldUpdateOperationsInput | number
    previousEventId?: NullableIntFieldUpdateOperationsInput | number | null
    type?: StringFieldUpdateOperationsInput | string
    timestamp?: DateTimeFieldUpdateOperationsInput | Date | string
    stateName?: NullableStringFieldUpdateOperationsInput | string | null
    details?: JsonNullValueInput | InputJsonValue
  }

  export type MetricHourCreateInput = {
    metric: string
    statistic: string
    hourStart: Date | string
    value: number
    stateMachine: StateMachineCreateNestedOneWithoutMetricHoursInput
  }

  export type MetricHourUncheckedCreateInput = {
    stateMachineId: number
    metric: string
    statistic: string
    hourStart: Date | string
    value: number
  }

  export type MetricHourUpdateInput = {
    metric?: StringFieldUpdateOperationsInput | string
    statistic?: StringFieldUpdateOperationsInput | string
    hourStart?: DateTimeFieldUpdateOperationsInput | Date | string
    value?: FloatFieldUpdateOperationsInput | number
    stateMachine?: StateMachineUpdateOneRequiredWithoutMetricHoursNestedInput
  }

  export type MetricHourUncheckedUpdateInput = {
    stateMachineId?: IntFieldUpdateOperationsInput | number
    metric?: StringFieldUpdateOperationsInput | string
    statistic?: StringFieldUpdateOperationsInput | string
    hourStart?: DateTimeFieldUpdateOperationsInput | Date | string
    value?: FloatFieldUpdateOperationsInput | number
  }

  export type MetricHourCreateManyInput = {
    stateMachineId: number
    metric: string
    statistic: string
    hourStart: Date | string
    value: number
  }

  export type MetricHourUpdateManyMutationInput = {
    metric?: StringFieldUpdateOperationsInput | string
    statistic?: StringFieldUpdateOperationsInput | string
    hourStart?: DateTimeFieldUpdateOperationsInput | Date | string
    value?: FloatFieldUpdateOperationsInput | number
  }

  export type MetricHourUncheckedUpdateManyInput = {
    stateMachineId?: IntFieldUpdateOperationsInput | number
    metric?: StringFieldUpdateOperationsInput | string
    statistic?: StringFieldUpdateOperationsInput | string
    hourStart?: DateTimeFieldUpdateOperationsInput | Date | string
    value?: FloatFieldUpdateOperationsInput | number
  }

  export type AuditEntryCreateInput = {
    at?: Date | string
    actor: string
    action: string
    targets: JsonNullValueInput | InputJsonValue
    params?: NullableJsonNullValueInput | InputJsonValue
    outcome: string
    results?: NullableJsonNullValueInput | InputJsonValue
  }

  export type AuditEntryUncheckedCreateInput = {
    id?: number
    at?: Date | string
    actor: string
    action: string
    targets: JsonNullValueInput | InputJsonValue
    params?: NullableJsonNullValueInput | InputJsonValue
    outcome: string
    results?: NullableJsonNullValueInput | InputJsonValue
  }

  export type AuditEntryUpdateInput = {
    at?: DateTimeFieldUpdateOperationsInput | Date | string
    actor?: StringFieldUpdateOperationsInput | string
    action?: StringFieldUpdateOperationsInput | string
    targets?: JsonNullValueInput | InputJsonValue
    params?: NullableJsonNullValueInput | InputJsonValue
    outcome?: StringFieldUpdateOperationsInput | string
    results?: NullableJsonNullValueInput | InputJsonValue
  }

  export type AuditEntryUncheckedUpdateInput = {
    id?: IntFieldUpdateOperationsInput | number
    at?: DateTimeFieldUpdateOperationsInput | Date | string
    actor?: StringFieldUpdateOperationsInput | string
    action?: StringFieldUpdateOperationsInput | string
    targets?: JsonNullValueInput | InputJsonValue
    params?: NullableJsonNullValueInput | InputJsonValue
    outcome?: StringFieldUpdateOperationsInput | string
    results?: NullableJsonNullValueInput | InputJsonValue
  }

  export type AuditEntryCreateManyInput = {
    id?: number
    at?: Date | string
    actor: string
    action: string
    targets: JsonNullValueInput | InputJsonValue
    params?: NullableJsonNullValueInput | InputJsonValue
    outcome: string
    results?: NullableJsonNullValueInput | InputJsonValue
  }

  export type AuditEntryUpdateManyMutationInput = {
    at?: DateTimeFieldUpdateOperationsInput | Date | string
    actor?: StringFieldUpdateOperationsInput | string
    action?: StringFieldUpdateOperationsInput | string
    targets?: JsonNullValueInput | InputJsonValue
    params?: NullableJsonNullValueInput | InputJsonValue
    outcome?: StringFieldUpdateOperationsInput | string
    results?: NullableJsonNullValueInput | InputJsonValue
  }

  export type AuditEntryUncheckedUpdateManyInput = {
    id?: IntFieldUpdateOperationsInput | number
    at?: DateTimeFieldUpdateOperationsInput | Date | string
    actor?: StringFieldUpdateOperationsInput | string
    action?: StringFieldUpdateOperationsInput | string
    targets?: JsonNullValueInput | InputJsonValue
    params?: NullableJsonNullValueInput | InputJsonValue
    outcome?: StringFieldUpdateOperationsInput | string
    results?: NullableJsonNullValueInput | InputJsonValue
  }

  export type SettingCreateInput = {
    key: string
    value: JsonNullValueInput | InputJsonValue
    updatedAt?: Date | string
  }

  export type SettingUncheckedCreateInput = {
    key: string
    value: JsonNullValueInput | InputJsonValue
    updatedAt?: Date | string
  }

  export type SettingUpdateInput = {
    key?: StringFieldUpdateOperationsInput | string
    value?: JsonNullValueInput | InputJsonValue
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type SettingUncheckedUpdateInput = {
    key?: StringFieldUpdateOperationsInput | string
    value?: JsonNullValueInput | InputJsonValue
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type SettingCreateManyInput = {
    key: string
    value: JsonNullValueInput | InputJsonValue
    updatedAt?: Date | string
  }

  export type SettingUpdateManyMutationInput = {
    key?: StringFieldUpdateOperationsInput | string
    value?: JsonNullValueInput | InputJsonValue
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type SettingUncheckedUpdateManyInput = {
    key?: StringFieldUpdateOperationsInput | string
    value?: JsonNullValueInput | InputJsonValue
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type IntFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[] | ListIntFieldRefInput<$PrismaModel>
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel>
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntFilter<$PrismaModel> | number
  }

  export type StringFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[] | ListStringFieldRefInput<$PrismaModel>
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel>
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    mode?: QueryMode
    not?: NestedStringFilter<$PrismaModel> | string
  }

  export type StringNullableFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    mode?: QueryMode
    not?: NestedStringNullableFilter<$PrismaModel> | string | null
  }

  export type IntNullableFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel> | null
    in?: number[] | ListIntFieldRefInput<$PrismaModel> | null
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel> | null
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntNullableFilter<$PrismaModel> | number | null
  }

  export type FloatNullableFilter<$PrismaModel = never> = {
    equals?: number | FloatFieldRefInput<$PrismaModel> | null
    in?: number[] | ListFloatFieldRefInput<$PrismaModel> | null
    notIn?: number[] | ListFloatFieldRefInput<$PrismaModel> | null
    lt?: number | FloatFieldRefInput<$PrismaModel>
    lte?: number | FloatFieldRefInput<$PrismaModel>
    gt?: number | FloatFieldRefInput<$PrismaModel>
    gte?: number | FloatFieldRefInput<$PrismaModel>
    not?: NestedFloatNullableFilter<$PrismaModel> | number | null
  }

  export type BoolFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel>
    not?: NestedBoolFilter<$PrismaModel> | boolean
  }

  export type DateTimeFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeFilter<$PrismaModel> | Date | string
  }

  export type StateMachineListRelationFilter = {
    every?: StateMachineWhereInput
    some?: StateMachineWhereInput
    none?: StateMachineWhereInput
  }

  export type ExecutionListRelationFilter = {
    every?: ExecutionWhereInput
    some?: ExecutionWhereInput
    none?: ExecutionWhereInput
  }

  export type SyncRunListRelationFilter = {
    every?: SyncRunWhereInput
    some?: SyncRunWhereInput
    none?: SyncRunWhereInput
  }

  export type SortOrderInput = {
    sort: SortOrder
    nulls?: NullsOrder
  }

  export type StateMachineOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type ExecutionOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type SyncRunOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type SourceCountOrderByAggregateInput = {
    id?: SortOrder
    kind?: SortOrder
    name?: SortOrder
    region?: SortOrder
    accountId?: SortOrder
    profile?: SortOrder
    roleArn?: SortOrder
    endpoint?: SortOrder
    syncIntervalSec?: SortOrder
    maxRequestsPerSec?: SortOrder
    enabled?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
  }

  export type SourceAvgOrderByAggregateInput = {
    id?: SortOrder
    syncIntervalSec?: SortOrder
    maxRequestsPerSec?: SortOrder
  }

  export type SourceMaxOrderByAggregateInput = {
    id?: SortOrder
    kind?: SortOrder
    name?: SortOrder
    region?: SortOrder
    accountId?: SortOrder
    profile?: SortOrder
    roleArn?: SortOrder
    endpoint?: SortOrder
    syncIntervalSec?: SortOrder
    maxRequestsPerSec?: SortOrder
    enabled?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
  }

  export type SourceMinOrderByAggregateInput = {
    id?: SortOrder
    kind?: SortOrder
    name?: SortOrder
    region?: SortOrder
    accountId?: SortOrder
    profile?: SortOrder
    roleArn?: SortOrder
    endpoint?: SortOrder
    syncIntervalSec?: SortOrder
    maxRequestsPerSec?: SortOrder
    enabled?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
  }

  export type SourceSumOrderByAggregateInput = {
    id?: SortOrder
    syncIntervalSec?: SortOrder
    maxRequestsPerSec?: SortOrder
  }

  export type IntWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[] | ListIntFieldRefInput<$PrismaModel>
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel>
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntWithAggregatesFilter<$PrismaModel> | number
    _count?: NestedIntFilter<$PrismaModel>
    _avg?: NestedFloatFilter<$PrismaModel>
    _sum?: NestedIntFilter<$PrismaModel>
    _min?: NestedIntFilter<$PrismaModel>
    _max?: NestedIntFilter<$PrismaModel>
  }

  export type StringWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[] | ListStringFieldRefInput<$PrismaModel>
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel>
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    mode?: QueryMode
    not?: NestedStringWithAggregatesFilter<$PrismaModel> | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedStringFilter<$PrismaModel>
    _max?: NestedStringFilter<$PrismaModel>
  }

  export type StringNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    mode?: QueryMode
    not?: NestedStringNullableWithAggregatesFilter<$PrismaModel> | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedStringNullableFilter<$PrismaModel>
    _max?: NestedStringNullableFilter<$PrismaModel>
  }

  export type IntNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel> | null
    in?: number[] | ListIntFieldRefInput<$PrismaModel> | null
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel> | null
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntNullableWithAggregatesFilter<$PrismaModel> | number | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _avg?: NestedFloatNullableFilter<$PrismaModel>
    _sum?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedIntNullableFilter<$PrismaModel>
    _max?: NestedIntNullableFilter<$PrismaModel>
  }

  export type FloatNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | FloatFieldRefInput<$PrismaModel> | null
    in?: number[] | ListFloatFieldRefInput<$PrismaModel> | null
    notIn?: number[] | ListFloatFieldRefInput<$PrismaModel> | null
    lt?: number | FloatFieldRefInput<$PrismaModel>
    lte?: number | FloatFieldRefInput<$PrismaModel>
    gt?: number | FloatFieldRefInput<$PrismaModel>
    gte?: number | FloatFieldRefInput<$PrismaModel>
    not?: NestedFloatNullableWithAggregatesFilter<$PrismaModel> | number | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _avg?: NestedFloatNullableFilter<$PrismaModel>
    _sum?: NestedFloatNullableFilter<$PrismaModel>
    _min?: NestedFloatNullableFilter<$PrismaModel>
    _max?: NestedFloatNullableFilter<$PrismaModel>
  }

  export type BoolWithAggregatesFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel>
    not?: NestedBoolWithAggregatesFilter<$PrismaModel> | boolean
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedBoolFilter<$PrismaModel>
    _max?: NestedBoolFilter<$PrismaModel>
  }

  export type DateTimeWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeWithAggregatesFilter<$PrismaModel> | Date | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedDateTimeFilter<$PrismaModel>
    _max?: NestedDateTimeFilter<$PrismaModel>
  }

  export type DateTimeNullableFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableFilter<$PrismaModel> | Date | string | null
  }

  export type FloatFilter<$PrismaModel = never> = {
    equals?: number | FloatFieldRefInput<$PrismaModel>
    in?: number[] | ListFloatFieldRefInput<$PrismaModel>
    notIn?: number[] | ListFloatFieldRefInput<$PrismaModel>
    lt?: number | FloatFieldRefInput<$PrismaModel>
    lte?: number | FloatFieldRefInput<$PrismaModel>
    gt?: number | FloatFieldRefInput<$PrismaModel>
    gte?: number | FloatFieldRefInput<$PrismaModel>
    not?: NestedFloatFilter<$PrismaModel> | number
  }
  export type JsonNullableFilter<$PrismaModel = never> =
    | PatchUndefined<
        Either<Required<JsonNullableFilterBase<$PrismaModel>>, Exclude<keyof Required<JsonNullableFilterBase<$PrismaModel>>, 'path'>>,
        Required<JsonNullableFilterBase<$PrismaModel>>
      >
    | OptionalFlat<Omit<Required<JsonNullableFilterBase<$PrismaModel>>, 'path'>>

  export type JsonNullableFilterBase<$PrismaModel = never> = {
    equals?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
    path?: string[]
    mode?: QueryMode | EnumQueryModeFieldRefInput<$PrismaModel>
    string_contains?: string | StringFieldRefInput<$PrismaModel>
    string_starts_with?: string | StringFieldRefInput<$PrismaModel>
    string_ends_with?: string | StringFieldRefInput<$PrismaModel>
    array_starts_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    array_ends_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    array_contains?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    lt?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    lte?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    gt?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    gte?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    not?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
  }

  export type SourceScalarRelationFilter = {
    is?: SourceWhereInput
    isNot?: SourceWhereInput
  }

  export type SyncRunCountOrderByAggregateInput = {
    id?: SortOrder
    sourceId?: SortOrder
    kind?: SortOrder
    status?: SortOrder
    startedAt?: SortOrder
    finishedAt?: SortOrder
    stateMachinesSeen?: SortOrder
    executionsSeen?: SortOrder
    executionsWritten?: SortOrder
    eventsWritten?: SortOrder
    requestsMade?: SortOrder
    throttledRequests?: SortOrder
    progress?: SortOrder
    error?: SortOrder
    checkpoint?: SortOrder
  }

  export type SyncRunAvgOrderByAggregateInput = {
    id?: SortOrder
    sourceId?: SortOrder
    stateMachinesSeen?: SortOrder
    executionsSeen?: SortOrder
    executionsWritten?: SortOrder
    eventsWritten?: SortOrder
    requestsMade?: SortOrder
    throttledRequests?: SortOrder
    progress?: SortOrder
  }

  export type SyncRunMaxOrderByAggregateInput = {
    id?: SortOrder
    sourceId?: SortOrder
    kind?: SortOrder
    status?: SortOrder
    startedAt?: SortOrder
    finishedAt?: SortOrder
    stateMachinesSeen?: SortOrder
    executionsSeen?: SortOrder
    executionsWritten?: SortOrder
    eventsWritten?: SortOrder
    requestsMade?: SortOrder
    throttledRequests?: SortOrder
    progress?: SortOrder
    error?: SortOrder
  }

  export type SyncRunMinOrderByAggregateInput = {
    id?: SortOrder
    sourceId?: SortOrder
    kind?: SortOrder
    status?: SortOrder
    startedAt?: SortOrder
    finishedAt?: SortOrder
    stateMachinesSeen?: SortOrder
    executionsSeen?: SortOrder
    executionsWritten?: SortOrder
    eventsWritten?: SortOrder
    requestsMade?: SortOrder
    throttledRequests?: SortOrder
    progress?: SortOrder
    error?: SortOrder
  }

  export type SyncRunSumOrderByAggregateInput = {
    id?: SortOrder
    sourceId?: SortOrder
    stateMachinesSeen?: SortOrder
    executionsSeen?: SortOrder
    executionsWritten?: SortOrder
    eventsWritten?: SortOrder
    requestsMade?: SortOrder
    throttledRequests?: SortOrder
    progress?: SortOrder
  }

  export type DateTimeNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableWithAggregatesFilter<$PrismaModel> | Date | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedDateTimeNullableFilter<$PrismaModel>
    _max?: NestedDateTimeNullableFilter<$PrismaModel>
  }

  export type FloatWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | FloatFieldRefInput<$PrismaModel>
    in?: number[] | ListFloatFieldRefInput<$PrismaModel>
    notIn?: number[] | ListFloatFieldRefInput<$PrismaModel>
    lt?: number | FloatFieldRefInput<$PrismaModel>
    lte?: number | FloatFieldRefInput<$PrismaModel>
    gt?: number | FloatFieldRefInput<$PrismaModel>
    gte?: number | FloatFieldRefInput<$PrismaModel>
    not?: NestedFloatWithAggregatesFilter<$PrismaModel> | number
    _count?: NestedIntFilter<$PrismaModel>
    _avg?: NestedFloatFilter<$PrismaModel>
    _sum?: NestedFloatFilter<$PrismaModel>
    _min?: NestedFloatFilter<$PrismaModel>
    _max?: NestedFloatFilter<$PrismaModel>
  }
  export type JsonNullableWithAggregatesFilter<$PrismaModel = never> =
    | PatchUndefined<
        Either<Required<JsonNullableWithAggregatesFilterBase<$PrismaModel>>, Exclude<keyof Required<JsonNullableWithAggregatesFilterBase<$PrismaModel>>, 'path'>>,
        Required<JsonNullableWithAggregatesFilterBase<$PrismaModel>>
      >
    | OptionalFlat<Omit<Required<JsonNullableWithAggregatesFilterBase<$PrismaModel>>, 'path'>>

  export type JsonNullableWithAggregatesFilterBase<$PrismaModel = never> = {
    equals?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
    path?: string[]
    mode?: QueryMode | EnumQueryModeFieldRefInput<$PrismaModel>
    string_contains?: string | StringFieldRefInput<$PrismaModel>
    string_starts_with?: string | StringFieldRefInput<$PrismaModel>
    string_ends_with?: string | StringFieldRefInput<$PrismaModel>
    array_starts_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    array_ends_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    array_contains?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    lt?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    lte?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    gt?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    gte?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    not?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedJsonNullableFilter<$PrismaModel>
    _max?: NestedJsonNullableFilter<$PrismaModel>
  }

  export type StateMachineRevisionListRelationFilter = {
    every?: StateMachineRevisionWhereInput
    some?: StateMachineRevisionWhereInput
    none?: StateMachineRevisionWhereInput
  }

  export type MetricHourListRelationFilter = {
    every?: MetricHourWhereInput
    some?: MetricHourWhereInput
    none?: MetricHourWhereInput
  }

  export type StateMachineRevisionOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type MetricHourOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type StateMachineCountOrderByAggregateInput = {
    id?: SortOrder
    arn?: SortOrder
    name?: SortOrder
    type?: SortOrder
    status?: SortOrder
    roleArn?: SortOrder
    logGroupArn?: SortOrder
    createdAt?: SortOrder
    sourceId?: SortOrder
    lastSyncedAt?: SortOrder
    syncedUntil?: SortOrder
  }

  export type StateMachineAvgOrderByAggregateInput = {
    id?: SortOrder
    sourceId?: SortOrder
  }

  export type StateMachineMaxOrderByAggregateInput = {
    id?: SortOrder
    arn?: SortOrder
    name?: SortOrder
    type?: SortOrder
    status?: SortOrder
    roleArn?: SortOrder
    logGroupArn?: SortOrder
    createdAt?: SortOrder
    sourceId?: SortOrder
    lastSyncedAt?: SortOrder
    syncedUntil?: SortOrder
  }

  export type StateMachineMinOrderByAggregateInput = {
    id?: SortOrder
    arn?: SortOrder
    name?: SortOrder
    type?: SortOrder
    status?: SortOrder
    roleArn?: SortOrder
    logGroupArn?: SortOrder
    createdAt?: SortOrder
    sourceId?: SortOrder
    lastSyncedAt?: SortOrder
    syncedUntil?: SortOrder
  }

  export type StateMachineSumOrderByAggregateInput = {
    id?: SortOrder
    sourceId?: SortOrder
  }

  export type StateMachineScalarRelationFilter = {
    is?: StateMachineWhereInput
    isNot?: StateMachineWhereInput
  }

  export type StateMachineRevisionStateMachineIdDefinitionHashCompoundUniqueInput = {
    stateMachineId: number
    definitionHash: string
  }

  export type StateMachineRevisionCountOrderByAggregateInput = {
    id?: SortOrder
    stateMachineId?: SortOrder
    revisionId?: SortOrder
    definition?: SortOrder
    definitionHash?: SortOrder
    definitionBytes?: SortOrder
    firstSeenAt?: SortOrder
  }

  export type StateMachineRevisionAvgOrderByAggregateInput = {
    id?: SortOrder
    stateMachineId?: SortOrder
    definitionBytes?: SortOrder
  }

  export type StateMachineRevisionMaxOrderByAggregateInput = {
    id?: SortOrder
    stateMachineId?: SortOrder
    revisionId?: SortOrder
    definition?: SortOrder
    definitionHash?: SortOrder
    definitionBytes?: SortOrder
    firstSeenAt?: SortOrder
  }

  export type StateMachineRevisionMinOrderByAggregateInput = {
    id?: SortOrder
    stateMachineId?: SortOrder
    revisionId?: SortOrder
    definition?: SortOrder
    definitionHash?: SortOrder
    definitionBytes?: SortOrder
    firstSeenAt?: SortOrder
  }

  export type StateMachineRevisionSumOrderByAggregateInput = {
    id?: SortOrder
    stateMachineId?: SortOrder
    definitionBytes?: SortOrder
  }

  export type StateMachineRevisionNullableScalarRelationFilter = {
    is?: StateMachineRevisionWhereInput | null
    isNot?: StateMachineRevisionWhereInput | null
  }

  export type HistoryEventListRelationFilter = {
    every?: HistoryEventWhereInput
    some?: HistoryEventWhereInput
    none?: HistoryEventWhereInput
  }

  export type HistoryEventOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type ExecutionCountOrderByAggregateInput = {
    id?: SortOrder
    arn?: SortOrder
    name?: SortOrder
    stateMachineId?: SortOrder
    revisionId?: SortOrder
    sourceId?: SortOrder
    status?: SortOrder
    startDate?: SortOrder
    stopDate?: SortOrder
    durationMs?: SortOrder
    input?: SortOrder
    output?: SortOrder
    inputBytes?: SortOrder
    outputBytes?: SortOrder
    error?: SortOrder
    cause?: SortOrder
    failedStateName?: SortOrder
    redriveCount?: SortOrder
    redriveStatus?: SortOrder
    redriveStatusReason?: SortOrder
    redriveDate?: SortOrder
    mapRunArn?: SortOrder
    eventCount?: SortOrder
    lastEventAt?: SortOrder
    stateTransitions?: SortOrder
    historyComplete?: SortOrder
    lastSyncedAt?: SortOrder
  }

  export type ExecutionAvgOrderByAggregateInput = {
    id?: SortOrder
    stateMachineId?: SortOrder
    revisionId?: SortOrder
    sourceId?: SortOrder
    durationMs?: SortOrder
    inputBytes?: SortOrder
    outputBytes?: SortOrder
    redriveCount?: SortOrder
    eventCount?: SortOrder
    stateTransitions?: SortOrder
  }

  export type ExecutionMaxOrderByAggregateInput = {
    id?: SortOrder
    arn?: SortOrder
    name?: SortOrder
    stateMachineId?: SortOrder
    revisionId?: SortOrder
    sourceId?: SortOrder
    status?: SortOrder
    startDate?: SortOrder
    stopDate?: SortOrder
    durationMs?: SortOrder
    input?: SortOrder
    output?: SortOrder
    inputBytes?: SortOrder
    outputBytes?: SortOrder
    error?: SortOrder
    cause?: SortOrder
    failedStateName?: SortOrder
    redriveCount?: SortOrder
    redriveStatus?: SortOrder
    redriveStatusReason?: SortOrder
    redriveDate?: SortOrder
    mapRunArn?: SortOrder
    eventCount?: SortOrder
    lastEventAt?: SortOrder
    stateTransitions?: SortOrder
    historyComplete?: SortOrder
    lastSyncedAt?: SortOrder
  }

  export type ExecutionMinOrderByAggregateInput = {
    id?: SortOrder
    arn?: SortOrder
    name?: SortOrder
    stateMachineId?: SortOrder
    revisionId?: SortOrder
    sourceId?: SortOrder
    status?: SortOrder
    startDate?: SortOrder
    stopDate?: SortOrder
    durationMs?: SortOrder
    input?: SortOrder
    output?: SortOrder
    inputBytes?: SortOrder
    outputBytes?: SortOrder
    error?: SortOrder
    cause?: SortOrder
    failedStateName?: SortOrder
    redriveCount?: SortOrder
    redriveStatus?: SortOrder
    redriveStatusReason?: SortOrder
    redriveDate?: SortOrder
    mapRunArn?: SortOrder
    eventCount?: SortOrder
    lastEventAt?: SortOrder
    stateTransitions?: SortOrder
    historyComplete?: SortOrder
    lastSyncedAt?: SortOrder
  }

  export type ExecutionSumOrderByAggregateInput = {
    id?: SortOrder
    stateMachineId?: SortOrder
    revisionId?: SortOrder
    sourceId?: SortOrder
    durationMs?: SortOrder
    inputBytes?: SortOrder
    outputBytes?: SortOrder
    redriveCount?: SortOrder
    eventCount?: SortOrder
    stateTransitions?: SortOrder
  }
  export type JsonFilter<$PrismaModel = never> =
    | PatchUndefined<
        Either<Required<JsonFilterBase<$PrismaModel>>, Exclude<keyof Required<JsonFilterBase<$PrismaModel>>, 'path'>>,
        Required<JsonFilterBase<$PrismaModel>>
      >
    | OptionalFlat<Omit<Required<JsonFilterBase<$PrismaModel>>, 'path'>>

  export type JsonFilterBase<$PrismaModel = never> = {
    equals?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
    path?: string[]
    mode?: QueryMode | EnumQueryModeFieldRefInput<$PrismaModel>
    string_contains?: string | StringFieldRefInput<$PrismaModel>
    string_starts_with?: string | StringFieldRefInput<$PrismaModel>
    string_ends_with?: string | StringFieldRefInput<$PrismaModel>
    array_starts_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    array_ends_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    array_contains?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    lt?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    lte?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    gt?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    gte?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    not?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
  }

  export type ExecutionScalarRelationFilter = {
    is?: ExecutionWhereInput
    isNot?: ExecutionWhereInput
  }

  export type HistoryEventExecutionIdEventIdCompoundUniqueInput = {
    executionId: number
    eventId: number
  }

  export type HistoryEventCountOrderByAggregateInput = {
    executionId?: SortOrder
    eventId?: SortOrder
    previousEventId?: SortOrder
    type?: SortOrder
    timestamp?: SortOrder
    stateName?: SortOrder
    details?: SortOrder
  }

  export type HistoryEventAvgOrderByAggregateInput = {
    executionId?: SortOrder
    eventId?: SortOrder
    previousEventId?: SortOrder
  }

  export type HistoryEventMaxOrderByAggregateInput = {
    executionId?: SortOrder
    eventId?: SortOrder
    previousEventId?: SortOrder
    type?: SortOrder
    timestamp?: SortOrder
    stateName?: SortOrder
  }

  export type HistoryEventMinOrderByAggregateInput = {
    executionId?: SortOrder
    eventId?: SortOrder
    previousEventId?: SortOrder
    type?: SortOrder
    timestamp?: SortOrder
    stateName?: SortOrder
  }

  export type HistoryEventSumOrderByAggregateInput = {
    executionId?: SortOrder
    eventId?: SortOrder
    previousEventId?: SortOrder
  }
  export type JsonWithAggregatesFilter<$PrismaModel = never> =
    | PatchUndefined<
        Either<Required<JsonWithAggregatesFilterBase<$PrismaModel>>, Exclude<keyof Required<JsonWithAggregatesFilterBase<$PrismaModel>>, 'path'>>,
        Required<JsonWithAggregatesFilterBase<$PrismaModel>>
      >
    | OptionalFlat<Omit<Required<JsonWithAggregatesFilterBase<$PrismaModel>>, 'path'>>

  export type JsonWithAggregatesFilterBase<$PrismaModel = never> = {
    equals?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
    path?: string[]
    mode?: QueryMode | EnumQueryModeFieldRefInput<$PrismaModel>
    string_contains?: string | StringFieldRefInput<$PrismaModel>
    string_starts_with?: string | StringFieldRefInput<$PrismaModel>
    string_ends_with?: string | StringFieldRefInput<$PrismaModel>
    array_starts_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    array_ends_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    array_contains?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    lt?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    lte?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    gt?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    gte?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    not?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedJsonFilter<$PrismaModel>
    _max?: NestedJsonFilter<$PrismaModel>
  }

  export type MetricHourStateMachineIdMetricStatisticHourStartCompoundUniqueInput = {
    stateMachineId: number
    metric: string
    statistic: string
    hourStart: Date | string
  }

  export type MetricHourCountOrderByAggregateInput = {
    stateMachineId?: SortOrder
    metric?: SortOrder
    statistic?: SortOrder
    hourStart?: SortOrder
    value?: SortOrder
  }

  export type MetricHourAvgOrderByAggregateInput = {
    stateMachineId?: SortOrder
    value?: SortOrder
  }

  export type MetricHourMaxOrderByAggregateInput = {
    stateMachineId?: SortOrder
    metric?: SortOrder
    statistic?: SortOrder
    hourStart?: SortOrder
    value?: SortOrder
  }

  export type MetricHourMinOrderByAggregateInput = {
    stateMachineId?: SortOrder
    metric?: SortOrder
    statistic?: SortOrder
    hourStart?: SortOrder
    value?: SortOrder
  }

  export type MetricHourSumOrderByAggregateInput = {
    stateMachineId?: SortOrder
    value?: SortOrder
  }

  export type AuditEntryCountOrderByAggregateInput = {
    id?: SortOrder
    at?: SortOrder
    actor?: SortOrder
    action?: SortOrder
    targets?: SortOrder
    params?: SortOrder
    outcome?: SortOrder
    results?: SortOrder
  }

  export type AuditEntryAvgOrderByAggregateInput = {
    id?: SortOrder
  }

  export type AuditEntryMaxOrderByAggregateInput = {
    id?: SortOrder
    at?: SortOrder
    actor?: SortOrder
    action?: SortOrder
    outcome?: SortOrder
  }

  export type AuditEntryMinOrderByAggregateInput = {
    id?: SortOrder
    at?: SortOrder
    actor?: SortOrder
    action?: SortOrder
    outcome?: SortOrder
  }

  export type AuditEntrySumOrderByAggregateInput = {
    id?: SortOrder
  }

  export type SettingCountOrderByAggregateInput = {
    key?: SortOrder
    value?: SortOrder
    updatedAt?: SortOrder
  }

  export type SettingMaxOrderByAggregateInput = {
    key?: SortOrder
    updatedAt?: SortOrder
  }

  export type SettingMinOrderByAggregateInput = {
    key?: SortOrder
    updatedAt?: SortOrder
  }

  export type StateMachineCreateNestedManyWithoutSourceInput = {
    create?: XOR<StateMachineCreateWithoutSourceInput, StateMachineUncheckedCreateWithoutSourceInput> | StateMachineCreateWithoutSourceInput[] | StateMachineUncheckedCreateWithoutSourceInput[]
    connectOrCreate?: StateMachineCreateOrConnectWithoutSourceInput | StateMachineCreateOrConnectWithoutSourceInput[]
    createMany?: StateMachineCreateManySourceInputEnvelope
    connect?: StateMachineWhereUniqueInput | StateMachineWhereUniqueInput[]
  }

  export type ExecutionCreateNestedManyWithoutSourceInput = {
    create?: XOR<ExecutionCreateWithoutSourceInput, ExecutionUncheckedCreateWithoutSourceInput> | ExecutionCreateWithoutSourceInput[] | ExecutionUncheckedCreateWithoutSourceInput[]
    connectOrCreate?: ExecutionCreateOrConnectWithoutSourceInput | ExecutionCreateOrConnectWithoutSourceInput[]
    createMany?: ExecutionCreateManySourceInputEnvelope
    connect?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
  }

  export type SyncRunCreateNestedManyWithoutSourceInput = {
    create?: XOR<SyncRunCreateWithoutSourceInput, SyncRunUncheckedCreateWithoutSourceInput> | SyncRunCreateWithoutSourceInput[] | SyncRunUncheckedCreateWithoutSourceInput[]
    connectOrCreate?: SyncRunCreateOrConnectWithoutSourceInput | SyncRunCreateOrConnectWithoutSourceInput[]
    createMany?: SyncRunCreateManySourceInputEnvelope
    connect?: SyncRunWhereUniqueInput | SyncRunWhereUniqueInput[]
  }

  export type StateMachineUncheckedCreateNestedManyWithoutSourceInput = {
    create?: XOR<StateMachineCreateWithoutSourceInput, StateMachineUncheckedCreateWithoutSourceInput> | StateMachineCreateWithoutSourceInput[] | StateMachineUncheckedCreateWithoutSourceInput[]
    connectOrCreate?: StateMachineCreateOrConnectWithoutSourceInput | StateMachineCreateOrConnectWithoutSourceInput[]
    createMany?: StateMachineCreateManySourceInputEnvelope
    connect?: StateMachineWhereUniqueInput | StateMachineWhereUniqueInput[]
  }

  export type ExecutionUncheckedCreateNestedManyWithoutSourceInput = {
    create?: XOR<ExecutionCreateWithoutSourceInput, ExecutionUncheckedCreateWithoutSourceInput> | ExecutionCreateWithoutSourceInput[] | ExecutionUncheckedCreateWithoutSourceInput[]
    connectOrCreate?: ExecutionCreateOrConnectWithoutSourceInput | ExecutionCreateOrConnectWithoutSourceInput[]
    createMany?: ExecutionCreateManySourceInputEnvelope
    connect?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
  }

  export type SyncRunUncheckedCreateNestedManyWithoutSourceInput = {
    create?: XOR<SyncRunCreateWithoutSourceInput, SyncRunUncheckedCreateWithoutSourceInput> | SyncRunCreateWithoutSourceInput[] | SyncRunUncheckedCreateWithoutSourceInput[]
    connectOrCreate?: SyncRunCreateOrConnectWithoutSourceInput | SyncRunCreateOrConnectWithoutSourceInput[]
    createMany?: SyncRunCreateManySourceInputEnvelope
    connect?: SyncRunWhereUniqueInput | SyncRunWhereUniqueInput[]
  }

  export type StringFieldUpdateOperationsInput = {
    set?: string
  }

  export type NullableStringFieldUpdateOperationsInput = {
    set?: string | null
  }

  export type NullableIntFieldUpdateOperationsInput = {
    set?: number | null
    increment?: number
    decrement?: number
    multiply?: number
    divide?: number
  }

  export type NullableFloatFieldUpdateOperationsInput = {
    set?: number | null
    increment?: number
    decrement?: number
    multiply?: number
    divide?: number
  }

  export type BoolFieldUpdateOperationsInput = {
    set?: boolean
  }

  export type DateTimeFieldUpdateOperationsInput = {
    set?: Date | string
  }

  export type StateMachineUpdateManyWithoutSourceNestedInput = {
    create?: XOR<StateMachineCreateWithoutSourceInput, StateMachineUncheckedCreateWithoutSourceInput> | StateMachineCreateWithoutSourceInput[] | StateMachineUncheckedCreateWithoutSourceInput[]
    connectOrCreate?: StateMachineCreateOrConnectWithoutSourceInput | StateMachineCreateOrConnectWithoutSourceInput[]
    upsert?: StateMachineUpsertWithWhereUniqueWithoutSourceInput | StateMachineUpsertWithWhereUniqueWithoutSourceInput[]
    createMany?: StateMachineCreateManySourceInputEnvelope
    set?: StateMachineWhereUniqueInput | StateMachineWhereUniqueInput[]
    disconnect?: StateMachineWhereUniqueInput | StateMachineWhereUniqueInput[]
    delete?: StateMachineWhereUniqueInput | StateMachineWhereUniqueInput[]
    connect?: StateMachineWhereUniqueInput | StateMachineWhereUniqueInput[]
    update?: StateMachineUpdateWithWhereUniqueWithoutSourceInput | StateMachineUpdateWithWhereUniqueWithoutSourceInput[]
    updateMany?: StateMachineUpdateManyWithWhereWithoutSourceInput | StateMachineUpdateManyWithWhereWithoutSourceInput[]
    deleteMany?: StateMachineScalarWhereInput | StateMachineScalarWhereInput[]
  }

  export type ExecutionUpdateManyWithoutSourceNestedInput = {
    create?: XOR<ExecutionCreateWithoutSourceInput, ExecutionUncheckedCreateWithoutSourceInput> | ExecutionCreateWithoutSourceInput[] | ExecutionUncheckedCreateWithoutSourceInput[]
    connectOrCreate?: ExecutionCreateOrConnectWithoutSourceInput | ExecutionCreateOrConnectWithoutSourceInput[]
    upsert?: ExecutionUpsertWithWhereUniqueWithoutSourceInput | ExecutionUpsertWithWhereUniqueWithoutSourceInput[]
    createMany?: ExecutionCreateManySourceInputEnvelope
    set?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    disconnect?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    delete?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    connect?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    update?: ExecutionUpdateWithWhereUniqueWithoutSourceInput | ExecutionUpdateWithWhereUniqueWithoutSourceInput[]
    updateMany?: ExecutionUpdateManyWithWhereWithoutSourceInput | ExecutionUpdateManyWithWhereWithoutSourceInput[]
    deleteMany?: ExecutionScalarWhereInput | ExecutionScalarWhereInput[]
  }

  export type SyncRunUpdateManyWithoutSourceNestedInput = {
    create?: XOR<SyncRunCreateWithoutSourceInput, SyncRunUncheckedCreateWithoutSourceInput> | SyncRunCreateWithoutSourceInput[] | SyncRunUncheckedCreateWithoutSourceInput[]
    connectOrCreate?: SyncRunCreateOrConnectWithoutSourceInput | SyncRunCreateOrConnectWithoutSourceInput[]
    upsert?: SyncRunUpsertWithWhereUniqueWithoutSourceInput | SyncRunUpsertWithWhereUniqueWithoutSourceInput[]
    createMany?: SyncRunCreateManySourceInputEnvelope
    set?: SyncRunWhereUniqueInput | SyncRunWhereUniqueInput[]
    disconnect?: SyncRunWhereUniqueInput | SyncRunWhereUniqueInput[]
    delete?: SyncRunWhereUniqueInput | SyncRunWhereUniqueInput[]
    connect?: SyncRunWhereUniqueInput | SyncRunWhereUniqueInput[]
    update?: SyncRunUpdateWithWhereUniqueWithoutSourceInput | SyncRunUpdateWithWhereUniqueWithoutSourceInput[]
    updateMany?: SyncRunUpdateManyWithWhereWithoutSourceInput | SyncRunUpdateManyWithWhereWithoutSourceInput[]
    deleteMany?: SyncRunScalarWhereInput | SyncRunScalarWhereInput[]
  }

  export type IntFieldUpdateOperationsInput = {
    set?: number
    increment?: number
    decrement?: number
    multiply?: number
    divide?: number
  }

  export type StateMachineUncheckedUpdateManyWithoutSourceNestedInput = {
    create?: XOR<StateMachineCreateWithoutSourceInput, StateMachineUncheckedCreateWithoutSourceInput> | StateMachineCreateWithoutSourceInput[] | StateMachineUncheckedCreateWithoutSourceInput[]
    connectOrCreate?: StateMachineCreateOrConnectWithoutSourceInput | StateMachineCreateOrConnectWithoutSourceInput[]
    upsert?: StateMachineUpsertWithWhereUniqueWithoutSourceInput | StateMachineUpsertWithWhereUniqueWithoutSourceInput[]
    createMany?: StateMachineCreateManySourceInputEnvelope
    set?: StateMachineWhereUniqueInput | StateMachineWhereUniqueInput[]
    disconnect?: StateMachineWhereUniqueInput | StateMachineWhereUniqueInput[]
    delete?: StateMachineWhereUniqueInput | StateMachineWhereUniqueInput[]
    connect?: StateMachineWhereUniqueInput | StateMachineWhereUniqueInput[]
    update?: StateMachineUpdateWithWhereUniqueWithoutSourceInput | StateMachineUpdateWithWhereUniqueWithoutSourceInput[]
    updateMany?: StateMachineUpdateManyWithWhereWithoutSourceInput | StateMachineUpdateManyWithWhereWithoutSourceInput[]
    deleteMany?: StateMachineScalarWhereInput | StateMachineScalarWhereInput[]
  }

  export type ExecutionUncheckedUpdateManyWithoutSourceNestedInput = {
    create?: XOR<ExecutionCreateWithoutSourceInput, ExecutionUncheckedCreateWithoutSourceInput> | ExecutionCreateWithoutSourceInput[] | ExecutionUncheckedCreateWithoutSourceInput[]
    connectOrCreate?: ExecutionCreateOrConnectWithoutSourceInput | ExecutionCreateOrConnectWithoutSourceInput[]
    upsert?: ExecutionUpsertWithWhereUniqueWithoutSourceInput | ExecutionUpsertWithWhereUniqueWithoutSourceInput[]
    createMany?: ExecutionCreateManySourceInputEnvelope
    set?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    disconnect?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    delete?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    connect?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    update?: ExecutionUpdateWithWhereUniqueWithoutSourceInput | ExecutionUpdateWithWhereUniqueWithoutSourceInput[]
    updateMany?: ExecutionUpdateManyWithWhereWithoutSourceInput | ExecutionUpdateManyWithWhereWithoutSourceInput[]
    deleteMany?: ExecutionScalarWhereInput | ExecutionScalarWhereInput[]
  }

  export type SyncRunUncheckedUpdateManyWithoutSourceNestedInput = {
    create?: XOR<SyncRunCreateWithoutSourceInput, SyncRunUncheckedCreateWithoutSourceInput> | SyncRunCreateWithoutSourceInput[] | SyncRunUncheckedCreateWithoutSourceInput[]
    connectOrCreate?: SyncRunCreateOrConnectWithoutSourceInput | SyncRunCreateOrConnectWithoutSourceInput[]
    upsert?: SyncRunUpsertWithWhereUniqueWithoutSourceInput | SyncRunUpsertWithWhereUniqueWithoutSourceInput[]
    createMany?: SyncRunCreateManySourceInputEnvelope
    set?: SyncRunWhereUniqueInput | SyncRunWhereUniqueInput[]
    disconnect?: SyncRunWhereUniqueInput | SyncRunWhereUniqueInput[]
    delete?: SyncRunWhereUniqueInput | SyncRunWhereUniqueInput[]
    connect?: SyncRunWhereUniqueInput | SyncRunWhereUniqueInput[]
    update?: SyncRunUpdateWithWhereUniqueWithoutSourceInput | SyncRunUpdateWithWhereUniqueWithoutSourceInput[]
    updateMany?: SyncRunUpdateManyWithWhereWithoutSourceInput | SyncRunUpdateManyWithWhereWithoutSourceInput[]
    deleteMany?: SyncRunScalarWhereInput | SyncRunScalarWhereInput[]
  }

  export type SourceCreateNestedOneWithoutSyncRunsInput = {
    create?: XOR<SourceCreateWithoutSyncRunsInput, SourceUncheckedCreateWithoutSyncRunsInput>
    connectOrCreate?: SourceCreateOrConnectWithoutSyncRunsInput
    connect?: SourceWhereUniqueInput
  }

  export type NullableDateTimeFieldUpdateOperationsInput = {
    set?: Date | string | null
  }

  export type FloatFieldUpdateOperationsInput = {
    set?: number
    increment?: number
    decrement?: number
    multiply?: number
    divide?: number
  }

  export type SourceUpdateOneRequiredWithoutSyncRunsNestedInput = {
    create?: XOR<SourceCreateWithoutSyncRunsInput, SourceUncheckedCreateWithoutSyncRunsInput>
    connectOrCreate?: SourceCreateOrConnectWithoutSyncRunsInput
    upsert?: SourceUpsertWithoutSyncRunsInput
    connect?: SourceWhereUniqueInput
    update?: XOR<XOR<SourceUpdateToOneWithWhereWithoutSyncRunsInput, SourceUpdateWithoutSyncRunsInput>, SourceUncheckedUpdateWithoutSyncRunsInput>
  }

  export type SourceCreateNestedOneWithoutStateMachinesInput = {
    create?: XOR<SourceCreateWithoutStateMachinesInput, SourceUncheckedCreateWithoutStateMachinesInput>
    connectOrCreate?: SourceCreateOrConnectWithoutStateMachinesInput
    connect?: SourceWhereUniqueInput
  }

  export type StateMachineRevisionCreateNestedManyWithoutStateMachineInput = {
    create?: XOR<StateMachineRevisionCreateWithoutStateMachineInput, StateMachineRevisionUncheckedCreateWithoutStateMachineInput> | StateMachineRevisionCreateWithoutStateMachineInput[] | StateMachineRevisionUncheckedCreateWithoutStateMachineInput[]
    connectOrCreate?: StateMachineRevisionCreateOrConnectWithoutStateMachineInput | StateMachineRevisionCreateOrConnectWithoutStateMachineInput[]
    createMany?: StateMachineRevisionCreateManyStateMachineInputEnvelope
    connect?: StateMachineRevisionWhereUniqueInput | StateMachineRevisionWhereUniqueInput[]
  }

  export type ExecutionCreateNestedManyWithoutStateMachineInput = {
    create?: XOR<ExecutionCreateWithoutStateMachineInput, ExecutionUncheckedCreateWithoutStateMachineInput> | ExecutionCreateWithoutStateMachineInput[] | ExecutionUncheckedCreateWithoutStateMachineInput[]
    connectOrCreate?: ExecutionCreateOrConnectWithoutStateMachineInput | ExecutionCreateOrConnectWithoutStateMachineInput[]
    createMany?: ExecutionCreateManyStateMachineInputEnvelope
    connect?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
  }

  export type MetricHourCreateNestedManyWithoutStateMachineInput = {
    create?: XOR<MetricHourCreateWithoutStateMachineInput, MetricHourUncheckedCreateWithoutStateMachineInput> | MetricHourCreateWithoutStateMachineInput[] | MetricHourUncheckedCreateWithoutStateMachineInput[]
    connectOrCreate?: MetricHourCreateOrConnectWithoutStateMachineInput | MetricHourCreateOrConnectWithoutStateMachineInput[]
    createMany?: MetricHourCreateManyStateMachineInputEnvelope
    connect?: MetricHourWhereUniqueInput | MetricHourWhereUniqueInput[]
  }

  export type StateMachineRevisionUncheckedCreateNestedManyWithoutStateMachineInput = {
    create?: XOR<StateMachineRevisionCreateWithoutStateMachineInput, StateMachineRevisionUncheckedCreateWithoutStateMachineInput> | StateMachineRevisionCreateWithoutStateMachineInput[] | StateMachineRevisionUncheckedCreateWithoutStateMachineInput[]
    connectOrCreate?: StateMachineRevisionCreateOrConnectWithoutStateMachineInput | StateMachineRevisionCreateOrConnectWithoutStateMachineInput[]
    createMany?: StateMachineRevisionCreateManyStateMachineInputEnvelope
    connect?: StateMachineRevisionWhereUniqueInput | StateMachineRevisionWhereUniqueInput[]
  }

  export type ExecutionUncheckedCreateNestedManyWithoutStateMachineInput = {
    create?: XOR<ExecutionCreateWithoutStateMachineInput, ExecutionUncheckedCreateWithoutStateMachineInput> | ExecutionCreateWithoutStateMachineInput[] | ExecutionUncheckedCreateWithoutStateMachineInput[]
    connectOrCreate?: ExecutionCreateOrConnectWithoutStateMachineInput | ExecutionCreateOrConnectWithoutStateMachineInput[]
    createMany?: ExecutionCreateManyStateMachineInputEnvelope
    connect?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
  }

  export type MetricHourUncheckedCreateNestedManyWithoutStateMachineInput = {
    create?: XOR<MetricHourCreateWithoutStateMachineInput, MetricHourUncheckedCreateWithoutStateMachineInput> | MetricHourCreateWithoutStateMachineInput[] | MetricHourUncheckedCreateWithoutStateMachineInput[]
    connectOrCreate?: MetricHourCreateOrConnectWithoutStateMachineInput | MetricHourCreateOrConnectWithoutStateMachineInput[]
    createMany?: MetricHourCreateManyStateMachineInputEnvelope
    connect?: MetricHourWhereUniqueInput | MetricHourWhereUniqueInput[]
  }

  export type SourceUpdateOneRequiredWithoutStateMachinesNestedInput = {
    create?: XOR<SourceCreateWithoutStateMachinesInput, SourceUncheckedCreateWithoutStateMachinesInput>
    connectOrCreate?: SourceCreateOrConnectWithoutStateMachinesInput
    upsert?: SourceUpsertWithoutStateMachinesInput
    connect?: SourceWhereUniqueInput
    update?: XOR<XOR<SourceUpdateToOneWithWhereWithoutStateMachinesInput, SourceUpdateWithoutStateMachinesInput>, SourceUncheckedUpdateWithoutStateMachinesInput>
  }

  export type StateMachineRevisionUpdateManyWithoutStateMachineNestedInput = {
    create?: XOR<StateMachineRevisionCreateWithoutStateMachineInput, StateMachineRevisionUncheckedCreateWithoutStateMachineInput> | StateMachineRevisionCreateWithoutStateMachineInput[] | StateMachineRevisionUncheckedCreateWithoutStateMachineInput[]
    connectOrCreate?: StateMachineRevisionCreateOrConnectWithoutStateMachineInput | StateMachineRevisionCreateOrConnectWithoutStateMachineInput[]
    upsert?: StateMachineRevisionUpsertWithWhereUniqueWithoutStateMachineInput | StateMachineRevisionUpsertWithWhereUniqueWithoutStateMachineInput[]
    createMany?: StateMachineRevisionCreateManyStateMachineInputEnvelope
    set?: StateMachineRevisionWhereUniqueInput | StateMachineRevisionWhereUniqueInput[]
    disconnect?: StateMachineRevisionWhereUniqueInput | StateMachineRevisionWhereUniqueInput[]
    delete?: StateMachineRevisionWhereUniqueInput | StateMachineRevisionWhereUniqueInput[]
    connect?: StateMachineRevisionWhereUniqueInput | StateMachineRevisionWhereUniqueInput[]
    update?: StateMachineRevisionUpdateWithWhereUniqueWithoutStateMachineInput | StateMachineRevisionUpdateWithWhereUniqueWithoutStateMachineInput[]
    updateMany?: StateMachineRevisionUpdateManyWithWhereWithoutStateMachineInput | StateMachineRevisionUpdateManyWithWhereWithoutStateMachineInput[]
    deleteMany?: StateMachineRevisionScalarWhereInput | StateMachineRevisionScalarWhereInput[]
  }

  export type ExecutionUpdateManyWithoutStateMachineNestedInput = {
    create?: XOR<ExecutionCreateWithoutStateMachineInput, ExecutionUncheckedCreateWithoutStateMachineInput> | ExecutionCreateWithoutStateMachineInput[] | ExecutionUncheckedCreateWithoutStateMachineInput[]
    connectOrCreate?: ExecutionCreateOrConnectWithoutStateMachineInput | ExecutionCreateOrConnectWithoutStateMachineInput[]
    upsert?: ExecutionUpsertWithWhereUniqueWithoutStateMachineInput | ExecutionUpsertWithWhereUniqueWithoutStateMachineInput[]
    createMany?: ExecutionCreateManyStateMachineInputEnvelope
    set?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    disconnect?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    delete?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    connect?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    update?: ExecutionUpdateWithWhereUniqueWithoutStateMachineInput | ExecutionUpdateWithWhereUniqueWithoutStateMachineInput[]
    updateMany?: ExecutionUpdateManyWithWhereWithoutStateMachineInput | ExecutionUpdateManyWithWhereWithoutStateMachineInput[]
    deleteMany?: ExecutionScalarWhereInput | ExecutionScalarWhereInput[]
  }

  export type MetricHourUpdateManyWithoutStateMachineNestedInput = {
    create?: XOR<MetricHourCreateWithoutStateMachineInput, MetricHourUncheckedCreateWithoutStateMachineInput> | MetricHourCreateWithoutStateMachineInput[] | MetricHourUncheckedCreateWithoutStateMachineInput[]
    connectOrCreate?: MetricHourCreateOrConnectWithoutStateMachineInput | MetricHourCreateOrConnectWithoutStateMachineInput[]
    upsert?: MetricHourUpsertWithWhereUniqueWithoutStateMachineInput | MetricHourUpsertWithWhereUniqueWithoutStateMachineInput[]
    createMany?: MetricHourCreateManyStateMachineInputEnvelope
    set?: MetricHourWhereUniqueInput | MetricHourWhereUniqueInput[]
    disconnect?: MetricHourWhereUniqueInput | MetricHourWhereUniqueInput[]
    delete?: MetricHourWhereUniqueInput | MetricHourWhereUniqueInput[]
    connect?: MetricHourWhereUniqueInput | MetricHourWhereUniqueInput[]
    update?: MetricHourUpdateWithWhereUniqueWithoutStateMachineInput | MetricHourUpdateWithWhereUniqueWithoutStateMachineInput[]
    updateMany?: MetricHourUpdateManyWithWhereWithoutStateMachineInput | MetricHourUpdateManyWithWhereWithoutStateMachineInput[]
    deleteMany?: MetricHourScalarWhereInput | MetricHourScalarWhereInput[]
  }

  export type StateMachineRevisionUncheckedUpdateManyWithoutStateMachineNestedInput = {
    create?: XOR<StateMachineRevisionCreateWithoutStateMachineInput, StateMachineRevisionUncheckedCreateWithoutStateMachineInput> | StateMachineRevisionCreateWithoutStateMachineInput[] | StateMachineRevisionUncheckedCreateWithoutStateMachineInput[]
    connectOrCreate?: StateMachineRevisionCreateOrConnectWithoutStateMachineInput | StateMachineRevisionCreateOrConnectWithoutStateMachineInput[]
    upsert?: StateMachineRevisionUpsertWithWhereUniqueWithoutStateMachineInput | StateMachineRevisionUpsertWithWhereUniqueWithoutStateMachineInput[]
    createMany?: StateMachineRevisionCreateManyStateMachineInputEnvelope
    set?: StateMachineRevisionWhereUniqueInput | StateMachineRevisionWhereUniqueInput[]
    disconnect?: StateMachineRevisionWhereUniqueInput | StateMachineRevisionWhereUniqueInput[]
    delete?: StateMachineRevisionWhereUniqueInput | StateMachineRevisionWhereUniqueInput[]
    connect?: StateMachineRevisionWhereUniqueInput | StateMachineRevisionWhereUniqueInput[]
    update?: StateMachineRevisionUpdateWithWhereUniqueWithoutStateMachineInput | StateMachineRevisionUpdateWithWhereUniqueWithoutStateMachineInput[]
    updateMany?: StateMachineRevisionUpdateManyWithWhereWithoutStateMachineInput | StateMachineRevisionUpdateManyWithWhereWithoutStateMachineInput[]
    deleteMany?: StateMachineRevisionScalarWhereInput | StateMachineRevisionScalarWhereInput[]
  }

  export type ExecutionUncheckedUpdateManyWithoutStateMachineNestedInput = {
    create?: XOR<ExecutionCreateWithoutStateMachineInput, ExecutionUncheckedCreateWithoutStateMachineInput> | ExecutionCreateWithoutStateMachineInput[] | ExecutionUncheckedCreateWithoutStateMachineInput[]
    connectOrCreate?: ExecutionCreateOrConnectWithoutStateMachineInput | ExecutionCreateOrConnectWithoutStateMachineInput[]
    upsert?: ExecutionUpsertWithWhereUniqueWithoutStateMachineInput | ExecutionUpsertWithWhereUniqueWithoutStateMachineInput[]
    createMany?: ExecutionCreateManyStateMachineInputEnvelope
    set?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    disconnect?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    delete?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    connect?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    update?: ExecutionUpdateWithWhereUniqueWithoutStateMachineInput | ExecutionUpdateWithWhereUniqueWithoutStateMachineInput[]
    updateMany?: ExecutionUpdateManyWithWhereWithoutStateMachineInput | ExecutionUpdateManyWithWhereWithoutStateMachineInput[]
    deleteMany?: ExecutionScalarWhereInput | ExecutionScalarWhereInput[]
  }

  export type MetricHourUncheckedUpdateManyWithoutStateMachineNestedInput = {
    create?: XOR<MetricHourCreateWithoutStateMachineInput, MetricHourUncheckedCreateWithoutStateMachineInput> | MetricHourCreateWithoutStateMachineInput[] | MetricHourUncheckedCreateWithoutStateMachineInput[]
    connectOrCreate?: MetricHourCreateOrConnectWithoutStateMachineInput | MetricHourCreateOrConnectWithoutStateMachineInput[]
    upsert?: MetricHourUpsertWithWhereUniqueWithoutStateMachineInput | MetricHourUpsertWithWhereUniqueWithoutStateMachineInput[]
    createMany?: MetricHourCreateManyStateMachineInputEnvelope
    set?: MetricHourWhereUniqueInput | MetricHourWhereUniqueInput[]
    disconnect?: MetricHourWhereUniqueInput | MetricHourWhereUniqueInput[]
    delete?: MetricHourWhereUniqueInput | MetricHourWhereUniqueInput[]
    connect?: MetricHourWhereUniqueInput | MetricHourWhereUniqueInput[]
    update?: MetricHourUpdateWithWhereUniqueWithoutStateMachineInput | MetricHourUpdateWithWhereUniqueWithoutStateMachineInput[]
    updateMany?: MetricHourUpdateManyWithWhereWithoutStateMachineInput | MetricHourUpdateManyWithWhereWithoutStateMachineInput[]
    deleteMany?: MetricHourScalarWhereInput | MetricHourScalarWhereInput[]
  }

  export type StateMachineCreateNestedOneWithoutRevisionsInput = {
    create?: XOR<StateMachineCreateWithoutRevisionsInput, StateMachineUncheckedCreateWithoutRevisionsInput>
    connectOrCreate?: StateMachineCreateOrConnectWithoutRevisionsInput
    connect?: StateMachineWhereUniqueInput
  }

  export type ExecutionCreateNestedManyWithoutRevisionInput = {
    create?: XOR<ExecutionCreateWithoutRevisionInput, ExecutionUncheckedCreateWithoutRevisionInput> | ExecutionCreateWithoutRevisionInput[] | ExecutionUncheckedCreateWithoutRevisionInput[]
    connectOrCreate?: ExecutionCreateOrConnectWithoutRevisionInput | ExecutionCreateOrConnectWithoutRevisionInput[]
    createMany?: ExecutionCreateManyRevisionInputEnvelope
    connect?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
  }

  export type ExecutionUncheckedCreateNestedManyWithoutRevisionInput = {
    create?: XOR<ExecutionCreateWithoutRevisionInput, ExecutionUncheckedCreateWithoutRevisionInput> | ExecutionCreateWithoutRevisionInput[] | ExecutionUncheckedCreateWithoutRevisionInput[]
    connectOrCreate?: ExecutionCreateOrConnectWithoutRevisionInput | ExecutionCreateOrConnectWithoutRevisionInput[]
    createMany?: ExecutionCreateManyRevisionInputEnvelope
    connect?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
  }

  export type StateMachineUpdateOneRequiredWithoutRevisionsNestedInput = {
    create?: XOR<StateMachineCreateWithoutRevisionsInput, StateMachineUncheckedCreateWithoutRevisionsInput>
    connectOrCreate?: StateMachineCreateOrConnectWithoutRevisionsInput
    upsert?: StateMachineUpsertWithoutRevisionsInput
    connect?: StateMachineWhereUniqueInput
    update?: XOR<XOR<StateMachineUpdateToOneWithWhereWithoutRevisionsInput, StateMachineUpdateWithoutRevisionsInput>, StateMachineUncheckedUpdateWithoutRevisionsInput>
  }

  export type ExecutionUpdateManyWithoutRevisionNestedInput = {
    create?: XOR<ExecutionCreateWithoutRevisionInput, ExecutionUncheckedCreateWithoutRevisionInput> | ExecutionCreateWithoutRevisionInput[] | ExecutionUncheckedCreateWithoutRevisionInput[]
    connectOrCreate?: ExecutionCreateOrConnectWithoutRevisionInput | ExecutionCreateOrConnectWithoutRevisionInput[]
    upsert?: ExecutionUpsertWithWhereUniqueWithoutRevisionInput | ExecutionUpsertWithWhereUniqueWithoutRevisionInput[]
    createMany?: ExecutionCreateManyRevisionInputEnvelope
    set?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    disconnect?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    delete?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    connect?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    update?: ExecutionUpdateWithWhereUniqueWithoutRevisionInput | ExecutionUpdateWithWhereUniqueWithoutRevisionInput[]
    updateMany?: ExecutionUpdateManyWithWhereWithoutRevisionInput | ExecutionUpdateManyWithWhereWithoutRevisionInput[]
    deleteMany?: ExecutionScalarWhereInput | ExecutionScalarWhereInput[]
  }

  export type ExecutionUncheckedUpdateManyWithoutRevisionNestedInput = {
    create?: XOR<ExecutionCreateWithoutRevisionInput, ExecutionUncheckedCreateWithoutRevisionInput> | ExecutionCreateWithoutRevisionInput[] | ExecutionUncheckedCreateWithoutRevisionInput[]
    connectOrCreate?: ExecutionCreateOrConnectWithoutRevisionInput | ExecutionCreateOrConnectWithoutRevisionInput[]
    upsert?: ExecutionUpsertWithWhereUniqueWithoutRevisionInput | ExecutionUpsertWithWhereUniqueWithoutRevisionInput[]
    createMany?: ExecutionCreateManyRevisionInputEnvelope
    set?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    disconnect?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    delete?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    connect?: ExecutionWhereUniqueInput | ExecutionWhereUniqueInput[]
    update?: ExecutionUpdateWithWhereUniqueWithoutRevisionInput | ExecutionUpdateWithWhereUniqueWithoutRevisionInput[]
    updateMany?: ExecutionUpdateManyWithWhereWithoutRevisionInput | ExecutionUpdateManyWithWhereWithoutRevisionInput[]
    deleteMany?: ExecutionScalarWhereInput | ExecutionScalarWhereInput[]
  }

  export type StateMachineCreateNestedOneWithoutExecutionsInput = {
    create?: XOR<StateMachineCreateWithoutExecutionsInput, StateMachineUncheckedCreateWithoutExecutionsInput>
    connectOrCreate?: StateMachineCreateOrConnectWithoutExecutionsInput
    connect?: StateMachineWhereUniqueInput
  }

  export type StateMachineRevisionCreateNestedOneWithoutExecutionsInput = {
    create?: XOR<StateMachineRevisionCreateWithoutExecutionsInput, StateMachineRevisionUncheckedCreateWithoutExecutionsInput>
    connectOrCreate?: StateMachineRevisionCreateOrConnectWithoutExecutionsInput
    connect?: StateMachineRevisionWhereUniqueInput
  }

  export type SourceCreateNestedOneWithoutExecutionsInput = {
    create?: XOR<SourceCreateWithoutExecutionsInput, SourceUncheckedCreateWithoutExecutionsInput>
    connectOrCreate?: SourceCreateOrConnectWithoutExecutionsInput
    connect?: SourceWhereUniqueInput
  }

  export type HistoryEventCreateNestedManyWithoutExecutionInput = {
    create?: XOR<HistoryEventCreateWithoutExecutionInput, HistoryEventUncheckedCreateWithoutExecutionInput> | HistoryEventCreateWithoutExecutionInput[] | HistoryEventUncheckedCreateWithoutExecutionInput[]
    connectOrCreate?: HistoryEventCreateOrConnectWithoutExecutionInput | HistoryEventCreateOrConnectWithoutExecutionInput[]
    createMany?: HistoryEventCreateManyExecutionInputEnvelope
    connect?: HistoryEventWhereUniqueInput | HistoryEventWhereUniqueInput[]
  }

  export type HistoryEventUncheckedCreateNestedManyWithoutExecutionInput = {
    create?: XOR<HistoryEventCreateWithoutExecutionInput, HistoryEventUncheckedCreateWithoutExecutionInput> | HistoryEventCreateWithoutExecutionInput[] | HistoryEventUncheckedCreateWithoutExecutionInput[]
    connectOrCreate?: HistoryEventCreateOrConnectWithoutExecutionInput | HistoryEventCreateOrConnectWithoutExecutionInput[]
    createMany?: HistoryEventCreateManyExecutionInputEnvelope
    connect?: HistoryEventWhereUniqueInput | HistoryEventWhereUniqueInput[]
  }

  export type StateMachineUpdateOneRequiredWithoutExecutionsNestedInput = {
    create?: XOR<StateMachineCreateWithoutExecutionsInput, StateMachineUncheckedCreateWithoutExecutionsInput>
    connectOrCreate?: StateMachineCreateOrConnectWithoutExecutionsInput
    upsert?: StateMachineUpsertWithoutExecutionsInput
    connect?: StateMachineWhereUniqueInput
    update?: XOR<XOR<StateMachineUpdateToOneWithWhereWithoutExecutionsInput, StateMachineUpdateWithoutExecutionsInput>, StateMachineUncheckedUpdateWithoutExecutionsInput>
  }

  export type StateMachineRevisionUpdateOneWithoutExecutionsNestedInput = {
    create?: XOR<StateMachineRevisionCreateWithoutExecutionsInput, StateMachineRevisionUncheckedCreateWithoutExecutionsInput>
    connectOrCreate?: StateMachineRevisionCreateOrConnectWithoutExecutionsInput
    upsert?: StateMachineRevisionUpsertWithoutExecutionsInput
    disconnect?: StateMachineRevisionWhereInput | boolean
    delete?: StateMachineRevisionWhereInput | boolean
    connect?: StateMachineRevisionWhereUniqueInput
    update?: XOR<XOR<StateMachineRevisionUpdateToOneWithWhereWithoutExecutionsInput, StateMachineRevisionUpdateWithoutExecutionsInput>, StateMachineRevisionUncheckedUpdateWithoutExecutionsInput>
  }

  export type SourceUpdateOneRequiredWithoutExecutionsNestedInput = {
    create?: XOR<SourceCreateWithoutExecutionsInput, SourceUncheckedCreateWithoutExecutionsInput>
    connectOrCreate?: SourceCreateOrConnectWithoutExecutionsInput
    upsert?: SourceUpsertWithoutExecutionsInput
    connect?: SourceWhereUniqueInput
    update?: XOR<XOR<SourceUpdateToOneWithWhereWithoutExecutionsInput, SourceUpdateWithoutExecutionsInput>, SourceUncheckedUpdateWithoutExecutionsInput>
  }

  export type HistoryEventUpdateManyWithoutExecutionNestedInput = {
    create?: XOR<HistoryEventCreateWithoutExecutionInput, HistoryEventUncheckedCreateWithoutExecutionInput> | HistoryEventCreateWithoutExecutionInput[] | HistoryEventUncheckedCreateWithoutExecutionInput[]
    connectOrCreate?: HistoryEventCreateOrConnectWithoutExecutionInput | HistoryEventCreateOrConnectWithoutExecutionInput[]
    upsert?: HistoryEventUpsertWithWhereUniqueWithoutExecutionInput | HistoryEventUpsertWithWhereUniqueWithoutExecutionInput[]
    createMany?: HistoryEventCreateManyExecutionInputEnvelope
    set?: HistoryEventWhereUniqueInput | HistoryEventWhereUniqueInput[]
    disconnect?: HistoryEventWhereUniqueInput | HistoryEventWhereUniqueInput[]
    delete?: HistoryEventWhereUniqueInput | HistoryEventWhereUniqueInput[]
    connect?: HistoryEventWhereUniqueInput | HistoryEventWhereUniqueInput[]
    update?: HistoryEventUpdateWithWhereUniqueWithoutExecutionInput | HistoryEventUpdateWithWhereUniqueWithoutExecutionInput[]
    updateMany?: HistoryEventUpdateManyWithWhereWithoutExecutionInput | HistoryEventUpdateManyWithWhereWithoutExecutionInput[]
    deleteMany?: HistoryEventScalarWhereInput | HistoryEventScalarWhereInput[]
  }

  export type HistoryEventUncheckedUpdateManyWithoutExecutionNestedInput = {
    create?: XOR<HistoryEventCreateWithoutExecutionInput, HistoryEventUncheckedCreateWithoutExecutionInput> | HistoryEventCreateWithoutExecutionInput[] | HistoryEventUncheckedCreateWithoutExecutionInput[]
    connectOrCreate?: HistoryEventCreateOrConnectWithoutExecutionInput | HistoryEventCreateOrConnectWithoutExecutionInput[]
    upsert?: HistoryEventUpsertWithWhereUniqueWithoutExecutionInput | HistoryEventUpsertWithWhereUniqueWithoutExecutionInput[]
    createMany?: HistoryEventCreateManyExecutionInputEnvelope
    set?: HistoryEventWhereUniqueInput | HistoryEventWhereUniqueInput[]
    disconnect?: HistoryEventWhereUniqueInput | HistoryEventWhereUniqueInput[]
    delete?: HistoryEventWhereUniqueInput | HistoryEventWhereUniqueInput[]
    connect?: HistoryEventWhereUniqueInput | HistoryEventWhereUniqueInput[]
    update?: HistoryEventUpdateWithWhereUniqueWithoutExecutionInput | HistoryEventUpdateWithWhereUniqueWithoutExecutionInput[]
    updateMany?: HistoryEventUpdateManyWithWhereWithoutExecutionInput | HistoryEventUpdateManyWithWhereWithoutExecutionInput[]
    deleteMany?: HistoryEventScalarWhereInput | HistoryEventScalarWhereInput[]
  }

  export type ExecutionCreateNestedOneWithoutEventsInput = {
    create?: XOR<ExecutionCreateWithoutEventsInput, ExecutionUncheckedCreateWithoutEventsInput>
    connectOrCreate?: ExecutionCreateOrConnectWithoutEventsInput
    connect?: ExecutionWhereUniqueInput
  }

  export type ExecutionUpdateOneRequiredWithoutEventsNestedInput = {
    create?: XOR<ExecutionCreateWithoutEventsInput, ExecutionUncheckedCreateWithoutEventsInput>
    connectOrCreate?: ExecutionCreateOrConnectWithoutEventsInput
    upsert?: ExecutionUpsertWithoutEventsInput
    connect?: ExecutionWhereUniqueInput
    update?: XOR<XOR<ExecutionUpdateToOneWithWhereWithoutEventsInput, ExecutionUpdateWithoutEventsInput>, ExecutionUncheckedUpdateWithoutEventsInput>
  }

  export type StateMachineCreateNestedOneWithoutMetricHoursInput = {
    create?: XOR<StateMachineCreateWithoutMetricHoursInput, StateMachineUncheckedCreateWithoutMetricHoursInput>
    connectOrCreate?: StateMachineCreateOrConnectWithoutMetricHoursInput
    connect?: StateMachineWhereUniqueInput
  }

  export type StateMachineUpdateOneRequiredWithoutMetricHoursNestedInput = {
    create?: XOR<StateMachineCreateWithoutMetricHoursInput, StateMachineUncheckedCreateWithoutMetricHoursInput>
    connectOrCreate?: StateMachineCreateOrConnectWithoutMetricHoursInput
    upsert?: StateMachineUpsertWithoutMetricHoursInput
    connect?: StateMachineWhereUniqueInput
    update?: XOR<XOR<StateMachineUpdateToOneWithWhereWithoutMetricHoursInput, StateMachineUpdateWithoutMetricHoursInput>, StateMachineUncheckedUpdateWithoutMetricHoursInput>
  }

  export type NestedIntFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[] | ListIntFieldRefInput<$PrismaModel>
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel>
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntFilter<$PrismaModel> | number
  }

  export type NestedStringFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[] | ListStringFieldRefInput<$PrismaModel>
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel>
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringFilter<$PrismaModel> | string
  }

  export type NestedStringNullableFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringNullableFilter<$PrismaModel> | string | null
  }

  export type NestedIntNullableFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel> | null
    in?: number[] | ListIntFieldRefInput<$PrismaModel> | null
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel> | null
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntNullableFilter<$PrismaModel> | number | null
  }

  export type NestedFloatNullableFilter<$PrismaModel = never> = {
    equals?: number | FloatFieldRefInput<$PrismaModel> | null
    in?: number[] | ListFloatFieldRefInput<$PrismaModel> | null
    notIn?: number[] | ListFloatFieldRefInput<$PrismaModel> | null
    lt?: number | FloatFieldRefInput<$PrismaModel>
    lte?: number | FloatFieldRefInput<$PrismaModel>
    gt?: number | FloatFieldRefInput<$PrismaModel>
    gte?: number | FloatFieldRefInput<$PrismaModel>
    not?: NestedFloatNullableFilter<$PrismaModel> | number | null
  }

  export type NestedBoolFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel>
    not?: NestedBoolFilter<$PrismaModel> | boolean
  }

  export type NestedDateTimeFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeFilter<$PrismaModel> | Date | string
  }

  export type NestedIntWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[] | ListIntFieldRefInput<$PrismaModel>
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel>
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntWithAggregatesFilter<$PrismaModel> | number
    _count?: NestedIntFilter<$PrismaModel>
    _avg?: NestedFloatFilter<$PrismaModel>
    _sum?: NestedIntFilter<$PrismaModel>
    _min?: NestedIntFilter<$PrismaModel>
    _max?: NestedIntFilter<$PrismaModel>
  }

  export type NestedFloatFilter<$PrismaModel = never> = {
    equals?: number | FloatFieldRefInput<$PrismaModel>
    in?: number[] | ListFloatFieldRefInput<$PrismaModel>
    notIn?: number[] | ListFloatFieldRefInput<$PrismaModel>
    lt?: number | FloatFieldRefInput<$PrismaModel>
    lte?: number | FloatFieldRefInput<$PrismaModel>
    gt?: number | FloatFieldRefInput<$PrismaModel>
    gte?: number | FloatFieldRefInput<$PrismaModel>
    not?: NestedFloatFilter<$PrismaModel> | number
  }

  export type NestedStringWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[] | ListStringFieldRefInput<$PrismaModel>
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel>
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringWithAggregatesFilter<$PrismaModel> | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedStringFilter<$PrismaModel>
    _max?: NestedStringFilter<$PrismaModel>
  }

  export type NestedStringNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringNullableWithAggregatesFilter<$PrismaModel> | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedStringNullableFilter<$PrismaModel>
    _max?: NestedStringNullableFilter<$PrismaModel>
  }

  export type NestedIntNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel> | null
    in?: number[] | ListIntFieldRefInput<$PrismaModel> | null
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel> | null
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntNullableWithAggregatesFilter<$PrismaModel> | number | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _avg?: NestedFloatNullableFilter<$PrismaModel>
    _sum?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedIntNullableFilter<$PrismaModel>
    _max?: NestedIntNullableFilter<$PrismaModel>
  }

  export type NestedFloatNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | FloatFieldRefInput<$PrismaModel> | null
    in?: number[] | ListFloatFieldRefInput<$PrismaModel> | null
    notIn?: number[] | ListFloatFieldRefInput<$PrismaModel> | null
    lt?: number | FloatFieldRefInput<$PrismaModel>
    lte?: number | FloatFieldRefInput<$PrismaModel>
    gt?: number | FloatFieldRefInput<$PrismaModel>
    gte?: number | FloatFieldRefInput<$PrismaModel>
    not?: NestedFloatNullableWithAggregatesFilter<$PrismaModel> | number | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _avg?: NestedFloatNullableFilter<$PrismaModel>
    _sum?: NestedFloatNullableFilter<$PrismaModel>
    _min?: NestedFloatNullableFilter<$PrismaModel>
    _max?: NestedFloatNullableFilter<$PrismaModel>
  }

  export type NestedBoolWithAggregatesFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel>
    not?: NestedBoolWithAggregatesFilter<$PrismaModel> | boolean
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedBoolFilter<$PrismaModel>
    _max?: NestedBoolFilter<$PrismaModel>
  }

  export type NestedDateTimeWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeWithAggregatesFilter<$PrismaModel> | Date | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedDateTimeFilter<$PrismaModel>
    _max?: NestedDateTimeFilter<$PrismaModel>
  }

  export type NestedDateTimeNullableFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableFilter<$PrismaModel> | Date | string | null
  }

  export type NestedDateTimeNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableWithAggregatesFilter<$PrismaModel> | Date | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedDateTimeNullableFilter<$PrismaModel>
    _max?: NestedDateTimeNullableFilter<$PrismaModel>
  }

  export type NestedFloatWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | FloatFieldRefInput<$PrismaModel>
    in?: number[] | ListFloatFieldRefInput<$PrismaModel>
    notIn?: number[] | ListFloatFieldRefInput<$PrismaModel>
    lt?: number | FloatFieldRefInput<$PrismaModel>
    lte?: number | FloatFieldRefInput<$PrismaModel>
    gt?: number | FloatFieldRefInput<$PrismaModel>
    gte?: number | FloatFieldRefInput<$PrismaModel>
    not?: NestedFloatWithAggregatesFilter<$PrismaModel> | number
    _count?: NestedIntFilter<$PrismaModel>
    _avg?: NestedFloatFilter<$PrismaModel>
    _sum?: NestedFloatFilter<$PrismaModel>
    _min?: NestedFloatFilter<$PrismaModel>
    _max?: NestedFloatFilter<$PrismaModel>
  }
  export type NestedJsonNullableFilter<$PrismaModel = never> =
    | PatchUndefined<
        Either<Required<NestedJsonNullableFilterBase<$PrismaModel>>, Exclude<keyof Required<NestedJsonNullableFilterBase<$PrismaModel>>, 'path'>>,
        Required<NestedJsonNullableFilterBase<$PrismaModel>>
      >
    | OptionalFlat<Omit<Required<NestedJsonNullableFilterBase<$PrismaModel>>, 'path'>>

  export type NestedJsonNullableFilterBase<$PrismaModel = never> = {
    equals?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
    path?: string[]
    mode?: QueryMode | EnumQueryModeFieldRefInput<$PrismaModel>
    string_contains?: string | StringFieldRefInput<$PrismaModel>
    string_starts_with?: string | StringFieldRefInput<$PrismaModel>
    string_ends_with?: string | StringFieldRefInput<$PrismaModel>
    array_starts_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    array_ends_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    array_contains?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    lt?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    lte?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    gt?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    gte?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    not?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
  }
  export type NestedJsonFilter<$PrismaModel = never> =
    | PatchUndefined<
        Either<Required<NestedJsonFilterBase<$PrismaModel>>, Exclude<keyof Required<NestedJsonFilterBase<$PrismaModel>>, 'path'>>,
        Required<NestedJsonFilterBase<$PrismaModel>>
      >
    | OptionalFlat<Omit<Required<NestedJsonFilterBase<$PrismaModel>>, 'path'>>

  export type NestedJsonFilterBase<$PrismaModel = never> = {
    equals?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
    path?: string[]
    mode?: QueryMode | EnumQueryModeFieldRefInput<$PrismaModel>
    string_contains?: string | StringFieldRefInput<$PrismaModel>
    string_starts_with?: string | StringFieldRefInput<$PrismaModel>
    string_ends_with?: string | StringFieldRefInput<$PrismaModel>
    array_starts_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    array_ends_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    array_contains?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    lt?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    lte?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    gt?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    gte?: InputJsonValue | JsonFieldRefInput<$PrismaModel>
    not?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
  }

  export type StateMachineCreateWithoutSourceInput = {
    arn: string
    name: string
    type: string
    status?: string | null
    roleArn?: string | null
    logGroupArn?: string | null
    createdAt?: Date | string | null
    lastSyncedAt?: Date | string | null
    syncedUntil?: Date | string | null
    revisions?: StateMachineRevisionCreateNestedManyWithoutStateMachineInput
    executions?: ExecutionCreateNestedManyWithoutStateMachineInput
    metricHours?: MetricHourCreateNestedManyWithoutStateMachineInput
  }

  export type StateMachineUncheckedCreateWithoutSourceInput = {
    id?: number
    arn: string
    name: string
    type: string
    status?: string | null
    roleArn?: string | null
    logGroupArn?: string | null
    createdAt?: Date | string | null
    lastSyncedAt?: Date | string | null
    syncedUntil?: Date | string | null
    revisions?: StateMachineRevisionUncheckedCreateNestedManyWithoutStateMachineInput
    executions?: ExecutionUncheckedCreateNestedManyWithoutStateMachineInput
    metricHours?: MetricHourUncheckedCreateNestedManyWithoutStateMachineInput
  }

  export type StateMachineCreateOrConnectWithoutSourceInput = {
    where: StateMachineWhereUniqueInput
    create: XOR<StateMachineCreateWithoutSourceInput, StateMachineUncheckedCreateWithoutSourceInput>
  }

  export type StateMachineCreateManySourceInputEnvelope = {
    data: StateMachineCreateManySourceInput | StateMachineCreateManySourceInput[]
    skipDuplicates?: boolean
  }

  export type ExecutionCreateWithoutSourceInput = {
    arn: string
    name: string
    status: string
    startDate: Date | string
    stopDate?: Date | string | null
    durationMs?: number | null
    input?: string | null
    output?: string | null
    inputBytes?: number | null
    outputBytes?: number | null
    error?: string | null
    cause?: string | null
    failedStateName?: string | null
    redriveCount?: number
    redriveStatus?: string | null
    redriveStatusReason?: string | null
    redriveDate?: Date | string | null
    mapRunArn?: string | null
    eventCount?: number
    lastEventAt?: Date | string | null
    stateTransitions?: number | null
    historyComplete?: boolean
    lastSyncedAt?: Date | string
    stateMachine: StateMachineCreateNestedOneWithoutExecutionsInput
    revision?: StateMachineRevisionCreateNestedOneWithoutExecutionsInput
    events?: HistoryEventCreateNestedManyWithoutExecutionInput
  }

  export type ExecutionUncheckedCreateWithoutSourceInput = {
    id?: number
    arn: string
    name: string
    stateMachineId: number
    revisionId?: number | null
    status: string
    startDate: Date | string
    stopDate?: Date | string | null
    durationMs?: number | null
    input?: string | null
    output?: string | null
    inputBytes?: number | null
    outputBytes?: number | null
    error?: string | null
    cause?: string | null
    failedStateName?: string | null
    redriveCount?: number
    redriveStatus?: string | null
    redriveStatusReason?: string | null
    redriveDate?: Date | string | null
    mapRunArn?: string | null
    eventCount?: number
    lastEventAt?: Date | string | null
    stateTransitions?: number | null
    historyComplete?: boolean
    lastSyncedAt?: Date | string
    events?: HistoryEventUncheckedCreateNestedManyWithoutExecutionInput
  }

  export type ExecutionCreateOrConnectWithoutSourceInput = {
    where: ExecutionWhereUniqueInput
    create: XOR<ExecutionCreateWithoutSourceInput, ExecutionUncheckedCreateWithoutSourceInput>
  }

  export type ExecutionCreateManySourceInputEnvelope = {
    data: ExecutionCreateManySourceInput | ExecutionCreateManySourceInput[]
    skipDuplicates?: boolean
  }

  export type SyncRunCreateWithoutSourceInput = {
    kind: string
    status: string
    startedAt?: Date | string
    finishedAt?: Date | string | null
    stateMachinesSeen?: number
    executionsSeen?: number
    executionsWritten?: number
    eventsWritten?: number
    requestsMade?: number
    throttledRequests?: number
    progress?: number
    error?: string | null
    checkpoint?: NullableJsonNullValueInput | InputJsonValue
  }

  export type SyncRunUncheckedCreateWithoutSourceInput = {
    id?: number
    kind: string
    status: string
    startedAt?: Date | string
    finishedAt?: Date | string | null
    stateMachinesSeen?: number
    executionsSeen?: number
    executionsWritten?: number
    eventsWritten?: number
    requestsMade?: number
    throttledRequests?: number
    progress?: number
    error?: string | null
    checkpoint?: NullableJsonNullValueInput | InputJsonValue
  }

  export type SyncRunCreateOrConnectWithoutSourceInput = {
    where: SyncRunWhereUniqueInput
    create: XOR<SyncRunCreateWithoutSourceInput, SyncRunUncheckedCreateWithoutSourceInput>
  }

  export type SyncRunCreateManySourceInputEnvelope = {
    data: SyncRunCreateManySourceInput | SyncRunCreateManySourceInput[]
    skipDuplicates?: boolean
  }

  export type StateMachineUpsertWithWhereUniqueWithoutSourceInput = {
    where: StateMachineWhereUniqueInput
    update: XOR<StateMachineUpdateWithoutSourceInput, StateMachineUncheckedUpdateWithoutSourceInput>
    create: XOR<StateMachineCreateWithoutSourceInput, StateMachineUncheckedCreateWithoutSourceInput>
  }

  export type StateMachineUpdateWithWhereUniqueWithoutSourceInput = {
    where: StateMachineWhereUniqueInput
    data: XOR<StateMachineUpdateWithoutSourceInput, StateMachineUncheckedUpdateWithoutSourceInput>
  }

  export type StateMachineUpdateManyWithWhereWithoutSourceInput = {
    where: StateMachineScalarWhereInput
    data: XOR<StateMachineUpdateManyMutationInput, StateMachineUncheckedUpdateManyWithoutSourceInput>
  }

  export type StateMachineScalarWhereInput = {
    AND?: StateMachineScalarWhereInput | StateMachineScalarWhereInput[]
    OR?: StateMachineScalarWhereInput[]
    NOT?: StateMachineScalarWhereInput | StateMachineScalarWhereInput[]
    id?: IntFilter<"StateMachine"> | number
    arn?: StringFilter<"StateMachine"> | string
    name?: StringFilter<"StateMachine"> | string
    type?: StringFilter<"StateMachine"> | string
    status?: StringNullableFilter<"StateMachine"> | string | null
    roleArn?: StringNullableFilter<"StateMachine"> | string | null
    logGroupArn?: StringNullableFilter<"StateMachine"> | string | null
    createdAt?: DateTimeNullableFilter<"StateMachine"> | Date | string | null
    sourceId?: IntFilter<"StateMachine"> | number
    lastSyncedAt?: DateTimeNullableFilter<"StateMachine"> | Date | string | null
    syncedUntil?: DateTimeNullableFilter<"StateMachine"> | Date | string | null
  }

  export type ExecutionUpsertWithWhereUniqueWithoutSourceInput = {
    where: ExecutionWhereUniqueInput
    update: XOR<ExecutionUpdateWithoutSourceInput, ExecutionUncheckedUpdateWithoutSourceInput>
    create: XOR<ExecutionCreateWithoutSourceInput, ExecutionUncheckedCreateWithoutSourceInput>
  }

  export type ExecutionUpdateWithWhereUniqueWithoutSourceInput = {
    where: ExecutionWhereUniqueInput
    data: XOR<ExecutionUpdateWithoutSourceInput, ExecutionUncheckedUpdateWithoutSourceInput>
  }

  export type ExecutionUpdateManyWithWhereWithoutSourceInput = {
    where: ExecutionScalarWhereInput
    data: XOR<ExecutionUpdateManyMutationInput, ExecutionUncheckedUpdateManyWithoutSourceInput>
  }

  export type ExecutionScalarWhereInput = {
    AND?: ExecutionScalarWhereInput | ExecutionScalarWhereInput[]
    OR?: ExecutionScalarWhereInput[]
    NOT?: ExecutionScalarWhereInput | ExecutionScalarWhereInput[]
    id?: IntFilter<"Execution"> | number
    arn?: StringFilter<"Execution"> | string
    name?: StringFilter<"Execution"> | string
    stateMachineId?: IntFilter<"Execution"> | number
    revisionId?: IntNullableFilter<"Execution"> | number | null
    sourceId?: IntFilter<"Execution"> | number
    status?: StringFilter<"Execution"> | string
    startDate?: DateTimeFilter<"Execution"> | Date | string
    stopDate?: DateTimeNullableFilter<"Execution"> | Date | string | null
    durationMs?: IntNullableFilter<"Execution"> | number | null
    input?: StringNullableFilter<"Execution"> | string | null
    output?: StringNullableFilter<"Execution"> | string | null
    inputBytes?: IntNullableFilter<"Execution"> | number | null
    outputBytes?: IntNullableFilter<"Execution"> | number | null
    error?: StringNullableFilter<"Execution"> | string | null
    cause?: StringNullableFilter<"Execution"> | string | null
    failedStateName?: StringNullableFilter<"Execution"> | string | null
    redriveCount?: IntFilter<"Execution"> | number
    redriveStatus?: StringNullableFilter<"Execution"> | string | null
    redriveStatusReason?: StringNullableFilter<"Execution"> | string | null
    redriveDate?: DateTimeNullableFilter<"Execution"> | Date | string | null
    mapRunArn?: StringNullableFilter<"Execution"> | string | null
    eventCount?: IntFilter<"Execution"> | number
    lastEventAt?: DateTimeNullableFilter<"Execution"> | Date | string | null
    stateTransitions?: IntNullableFilter<"Execution"> | number | null
    historyComplete?: BoolFilter<"Execution"> | boolean
    lastSyncedAt?: DateTimeFilter<"Execution"> | Date | string
  }

  export type SyncRunUpsertWithWhereUniqueWithoutSourceInput = {
    where: SyncRunWhereUniqueInput
    update: XOR<SyncRunUpdateWithoutSourceInput, SyncRunUncheckedUpdateWithoutSourceInput>
    create: XOR<SyncRunCreateWithoutSourceInput, SyncRunUncheckedCreateWithoutSourceInput>
  }

  export type SyncRunUpdateWithWhereUniqueWithoutSourceInput = {
    where: SyncRunWhereUniqueInput
    data: XOR<SyncRunUpdateWithoutSourceInput, SyncRunUncheckedUpdateWithoutSourceInput>
  }

  export type SyncRunUpdateManyWithWhereWithoutSourceInput = {
    where: SyncRunScalarWhereInput
    data: XOR<SyncRunUpdateManyMutationInput, SyncRunUncheckedUpdateManyWithoutSourceInput>
  }

  export type SyncRunScalarWhereInput = {
    AND?: SyncRunScalarWhereInput | SyncRunScalarWhereInput[]
    OR?: SyncRunScalarWhereInput[]
    NOT?: SyncRunScalarWhereInput | SyncRunScalarWhereInput[]
    id?: IntFilter<"SyncRun"> | number
    sourceId?: IntFilter<"SyncRun"> | number
    kind?: StringFilter<"SyncRun"> | string
    status?: StringFilter<"SyncRun"> | string
    startedAt?: DateTimeFilter<"SyncRun"> | Date | string
    finishedAt?: DateTimeNullableFilter<"SyncRun"> | Date | string | null
    stateMachinesSeen?: IntFilter<"SyncRun"> | number
    executionsSeen?: IntFilter<"SyncRun"> | number
    executionsWritten?: IntFilter<"SyncRun"> | number
    eventsWritten?: IntFilter<"SyncRun"> | number
    requestsMade?: IntFilter<"SyncRun"> | number
    throttledRequests?: IntFilter<"SyncRun"> | number
    progress?: FloatFilter<"SyncRun"> | number
    error?: StringNullableFilter<"SyncRun"> | string | null
    checkpoint?: JsonNullableFilter<"SyncRun">
  }

  export type SourceCreateWithoutSyncRunsInput = {
    kind: string
    name: string
    region?: string | null
    accountId?: string | null
    profile?: string | null
    roleArn?: string | null
    endpoint?: string | null
    syncIntervalSec?: number | null
    maxRequestsPerSec?: number | null
    enabled?: boolean
    createdAt?: Date | string
    updatedAt?: Date | string
    stateMachines?: StateMachineCreateNestedManyWithoutSourceInput
    executions?: ExecutionCreateNestedManyWithoutSourceInput
  }

  export type SourceUncheckedCreateWithoutSyncRunsInput = {
    id?: number
    kind: string
    name: string
    region?: string | null
    accountId?: string | null
    profile?: string | null
    roleArn?: string | null
    endpoint?: string | null
    syncIntervalSec?: number | null
    maxRequestsPerSec?: number | null
    enabled?: boolean
    createdAt?: Date | string
    updatedAt?: Date | string
    stateMachines?: StateMachineUncheckedCreateNestedManyWithoutSourceInput
    executions?: ExecutionUncheckedCreateNestedManyWithoutSourceInput
  }

  export type SourceCreateOrConnectWithoutSyncRunsInput = {
    where: SourceWhereUniqueInput
    create: XOR<SourceCreateWithoutSyncRunsInput, SourceUncheckedCreateWithoutSyncRunsInput>
  }

  export type SourceUpsertWithoutSyncRunsInput = {
    update: XOR<SourceUpdateWithoutSyncRunsInput, SourceUncheckedUpdateWithoutSyncRunsInput>
    create: XOR<SourceCreateWithoutSyncRunsInput, SourceUncheckedCreateWithoutSyncRunsInput>
    where?: SourceWhereInput
  }

  export type SourceUpdateToOneWithWhereWithoutSyncRunsInput = {
    where?: SourceWhereInput
    data: XOR<SourceUpdateWithoutSyncRunsInput, SourceUncheckedUpdateWithoutSyncRunsInput>
  }

  export type SourceUpdateWithoutSyncRunsInput = {
    kind?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    region?: NullableStringFieldUpdateOperationsInput | string | null
    accountId?: NullableStringFieldUpdateOperationsInput | string | null
    profile?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    endpoint?: NullableStringFieldUpdateOperationsInput | string | null
    syncIntervalSec?: NullableIntFieldUpdateOperationsInput | number | null
    maxRequestsPerSec?: NullableFloatFieldUpdateOperationsInput | number | null
    enabled?: BoolFieldUpdateOperationsInput | boolean
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    stateMachines?: StateMachineUpdateManyWithoutSourceNestedInput
    executions?: ExecutionUpdateManyWithoutSourceNestedInput
  }

  export type SourceUncheckedUpdateWithoutSyncRunsInput = {
    id?: IntFieldUpdateOperationsInput | number
    kind?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    region?: NullableStringFieldUpdateOperationsInput | string | null
    accountId?: NullableStringFieldUpdateOperationsInput | string | null
    profile?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    endpoint?: NullableStringFieldUpdateOperationsInput | string | null
    syncIntervalSec?: NullableIntFieldUpdateOperationsInput | number | null
    maxRequestsPerSec?: NullableFloatFieldUpdateOperationsInput | number | null
    enabled?: BoolFieldUpdateOperationsInput | boolean
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    stateMachines?: StateMachineUncheckedUpdateManyWithoutSourceNestedInput
    executions?: ExecutionUncheckedUpdateManyWithoutSourceNestedInput
  }

  export type SourceCreateWithoutStateMachinesInput = {
    kind: string
    name: string
    region?: string | null
    accountId?: string | null
    profile?: string | null
    roleArn?: string | null
    endpoint?: string | null
    syncIntervalSec?: number | null
    maxRequestsPerSec?: number | null
    enabled?: boolean
    createdAt?: Date | string
    updatedAt?: Date | string
    executions?: ExecutionCreateNestedManyWithoutSourceInput
    syncRuns?: SyncRunCreateNestedManyWithoutSourceInput
  }

  export type SourceUncheckedCreateWithoutStateMachinesInput = {
    id?: number
    kind: string
    name: string
    region?: string | null
    accountId?: string | null
    profile?: string | null
    roleArn?: string | null
    endpoint?: string | null
    syncIntervalSec?: number | null
    maxRequestsPerSec?: number | null
    enabled?: boolean
    createdAt?: Date | string
    updatedAt?: Date | string
    executions?: ExecutionUncheckedCreateNestedManyWithoutSourceInput
    syncRuns?: SyncRunUncheckedCreateNestedManyWithoutSourceInput
  }

  export type SourceCreateOrConnectWithoutStateMachinesInput = {
    where: SourceWhereUniqueInput
    create: XOR<SourceCreateWithoutStateMachinesInput, SourceUncheckedCreateWithoutStateMachinesInput>
  }

  export type StateMachineRevisionCreateWithoutStateMachineInput = {
    revisionId?: string | null
    definition: string
    definitionHash: string
    definitionBytes: number
    firstSeenAt?: Date | string
    executions?: ExecutionCreateNestedManyWithoutRevisionInput
  }

  export type StateMachineRevisionUncheckedCreateWithoutStateMachineInput = {
    id?: number
    revisionId?: string | null
    definition: string
    definitionHash: string
    definitionBytes: number
    firstSeenAt?: Date | string
    executions?: ExecutionUncheckedCreateNestedManyWithoutRevisionInput
  }

  export type StateMachineRevisionCreateOrConnectWithoutStateMachineInput = {
    where: StateMachineRevisionWhereUniqueInput
    create: XOR<StateMachineRevisionCreateWithoutStateMachineInput, StateMachineRevisionUncheckedCreateWithoutStateMachineInput>
  }

  export type StateMachineRevisionCreateManyStateMachineInputEnvelope = {
    data: StateMachineRevisionCreateManyStateMachineInput | StateMachineRevisionCreateManyStateMachineInput[]
    skipDuplicates?: boolean
  }

  export type ExecutionCreateWithoutStateMachineInput = {
    arn: string
    name: string
    status: string
    startDate: Date | string
    stopDate?: Date | string | null
    durationMs?: number | null
    input?: string | null
    output?: string | null
    inputBytes?: number | null
    outputBytes?: number | null
    error?: string | null
    cause?: string | null
    failedStateName?: string | null
    redriveCount?: number
    redriveStatus?: string | null
    redriveStatusReason?: string | null
    redriveDate?: Date | string | null
    mapRunArn?: string | null
    eventCount?: number
    lastEventAt?: Date | string | null
    stateTransitions?: number | null
    historyComplete?: boolean
    lastSyncedAt?: Date | string
    revision?: StateMachineRevisionCreateNestedOneWithoutExecutionsInput
    source: SourceCreateNestedOneWithoutExecutionsInput
    events?: HistoryEventCreateNestedManyWithoutExecutionInput
  }

  export type ExecutionUncheckedCreateWithoutStateMachineInput = {
    id?: number
    arn: string
    name: string
    revisionId?: number | null
    sourceId: number
    status: string
    startDate: Date | string
    stopDate?: Date | string | null
    durationMs?: number | null
    input?: string | null
    output?: string | null
    inputBytes?: number | null
    outputBytes?: number | null
    error?: string | null
    cause?: string | null
    failedStateName?: string | null
    redriveCount?: number
    redriveStatus?: string | null
    redriveStatusReason?: string | null
    redriveDate?: Date | string | null
    mapRunArn?: string | null
    eventCount?: number
    lastEventAt?: Date | string | null
    stateTransitions?: number | null
    historyComplete?: boolean
    lastSyncedAt?: Date | string
    events?: HistoryEventUncheckedCreateNestedManyWithoutExecutionInput
  }

  export type ExecutionCreateOrConnectWithoutStateMachineInput = {
    where: ExecutionWhereUniqueInput
    create: XOR<ExecutionCreateWithoutStateMachineInput, ExecutionUncheckedCreateWithoutStateMachineInput>
  }

  export type ExecutionCreateManyStateMachineInputEnvelope = {
    data: ExecutionCreateManyStateMachineInput | ExecutionCreateManyStateMachineInput[]
    skipDuplicates?: boolean
  }

  export type MetricHourCreateWithoutStateMachineInput = {
    metric: string
    statistic: string
    hourStart: Date | string
    value: number
  }

  export type MetricHourUncheckedCreateWithoutStateMachineInput = {
    metric: string
    statistic: string
    hourStart: Date | string
    value: number
  }

  export type MetricHourCreateOrConnectWithoutStateMachineInput = {
    where: MetricHourWhereUniqueInput
    create: XOR<MetricHourCreateWithoutStateMachineInput, MetricHourUncheckedCreateWithoutStateMachineInput>
  }

  export type MetricHourCreateManyStateMachineInputEnvelope = {
    data: MetricHourCreateManyStateMachineInput | MetricHourCreateManyStateMachineInput[]
    skipDuplicates?: boolean
  }

  export type SourceUpsertWithoutStateMachinesInput = {
    update: XOR<SourceUpdateWithoutStateMachinesInput, SourceUncheckedUpdateWithoutStateMachinesInput>
    create: XOR<SourceCreateWithoutStateMachinesInput, SourceUncheckedCreateWithoutStateMachinesInput>
    where?: SourceWhereInput
  }

  export type SourceUpdateToOneWithWhereWithoutStateMachinesInput = {
    where?: SourceWhereInput
    data: XOR<SourceUpdateWithoutStateMachinesInput, SourceUncheckedUpdateWithoutStateMachinesInput>
  }

  export type SourceUpdateWithoutStateMachinesInput = {
    kind?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    region?: NullableStringFieldUpdateOperationsInput | string | null
    accountId?: NullableStringFieldUpdateOperationsInput | string | null
    profile?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    endpoint?: NullableStringFieldUpdateOperationsInput | string | null
    syncIntervalSec?: NullableIntFieldUpdateOperationsInput | number | null
    maxRequestsPerSec?: NullableFloatFieldUpdateOperationsInput | number | null
    enabled?: BoolFieldUpdateOperationsInput | boolean
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    executions?: ExecutionUpdateManyWithoutSourceNestedInput
    syncRuns?: SyncRunUpdateManyWithoutSourceNestedInput
  }

  export type SourceUncheckedUpdateWithoutStateMachinesInput = {
    id?: IntFieldUpdateOperationsInput | number
    kind?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    region?: NullableStringFieldUpdateOperationsInput | string | null
    accountId?: NullableStringFieldUpdateOperationsInput | string | null
    profile?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    endpoint?: NullableStringFieldUpdateOperationsInput | string | null
    syncIntervalSec?: NullableIntFieldUpdateOperationsInput | number | null
    maxRequestsPerSec?: NullableFloatFieldUpdateOperationsInput | number | null
    enabled?: BoolFieldUpdateOperationsInput | boolean
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    executions?: ExecutionUncheckedUpdateManyWithoutSourceNestedInput
    syncRuns?: SyncRunUncheckedUpdateManyWithoutSourceNestedInput
  }

  export type StateMachineRevisionUpsertWithWhereUniqueWithoutStateMachineInput = {
    where: StateMachineRevisionWhereUniqueInput
    update: XOR<StateMachineRevisionUpdateWithoutStateMachineInput, StateMachineRevisionUncheckedUpdateWithoutStateMachineInput>
    create: XOR<StateMachineRevisionCreateWithoutStateMachineInput, StateMachineRevisionUncheckedCreateWithoutStateMachineInput>
  }

  export type StateMachineRevisionUpdateWithWhereUniqueWithoutStateMachineInput = {
    where: StateMachineRevisionWhereUniqueInput
    data: XOR<StateMachineRevisionUpdateWithoutStateMachineInput, StateMachineRevisionUncheckedUpdateWithoutStateMachineInput>
  }

  export type StateMachineRevisionUpdateManyWithWhereWithoutStateMachineInput = {
    where: StateMachineRevisionScalarWhereInput
    data: XOR<StateMachineRevisionUpdateManyMutationInput, StateMachineRevisionUncheckedUpdateManyWithoutStateMachineInput>
  }

  export type StateMachineRevisionScalarWhereInput = {
    AND?: StateMachineRevisionScalarWhereInput | StateMachineRevisionScalarWhereInput[]
    OR?: StateMachineRevisionScalarWhereInput[]
    NOT?: StateMachineRevisionScalarWhereInput | StateMachineRevisionScalarWhereInput[]
    id?: IntFilter<"StateMachineRevision"> | number
    stateMachineId?: IntFilter<"StateMachineRevision"> | number
    revisionId?: StringNullableFilter<"StateMachineRevision"> | string | null
    definition?: StringFilter<"StateMachineRevision"> | string
    definitionHash?: StringFilter<"StateMachineRevision"> | string
    definitionBytes?: IntFilter<"StateMachineRevision"> | number
    firstSeenAt?: DateTimeFilter<"StateMachineRevision"> | Date | string
  }

  export type ExecutionUpsertWithWhereUniqueWithoutStateMachineInput = {
    where: ExecutionWhereUniqueInput
    update: XOR<ExecutionUpdateWithoutStateMachineInput, ExecutionUncheckedUpdateWithoutStateMachineInput>
    create: XOR<ExecutionCreateWithoutStateMachineInput, ExecutionUncheckedCreateWithoutStateMachineInput>
  }

  export type ExecutionUpdateWithWhereUniqueWithoutStateMachineInput = {
    where: ExecutionWhereUniqueInput
    data: XOR<ExecutionUpdateWithoutStateMachineInput, ExecutionUncheckedUpdateWithoutStateMachineInput>
  }

  export type ExecutionUpdateManyWithWhereWithoutStateMachineInput = {
    where: ExecutionScalarWhereInput
    data: XOR<ExecutionUpdateManyMutationInput, ExecutionUncheckedUpdateManyWithoutStateMachineInput>
  }

  export type MetricHourUpsertWithWhereUniqueWithoutStateMachineInput = {
    where: MetricHourWhereUniqueInput
    update: XOR<MetricHourUpdateWithoutStateMachineInput, MetricHourUncheckedUpdateWithoutStateMachineInput>
    create: XOR<MetricHourCreateWithoutStateMachineInput, MetricHourUncheckedCreateWithoutStateMachineInput>
  }

  export type MetricHourUpdateWithWhereUniqueWithoutStateMachineInput = {
    where: MetricHourWhereUniqueInput
    data: XOR<MetricHourUpdateWithoutStateMachineInput, MetricHourUncheckedUpdateWithoutStateMachineInput>
  }

  export type MetricHourUpdateManyWithWhereWithoutStateMachineInput = {
    where: MetricHourScalarWhereInput
    data: XOR<MetricHourUpdateManyMutationInput, MetricHourUncheckedUpdateManyWithoutStateMachineInput>
  }

  export type MetricHourScalarWhereInput = {
    AND?: MetricHourScalarWhereInput | MetricHourScalarWhereInput[]
    OR?: MetricHourScalarWhereInput[]
    NOT?: MetricHourScalarWhereInput | MetricHourScalarWhereInput[]
    stateMachineId?: IntFilter<"MetricHour"> | number
    metric?: StringFilter<"MetricHour"> | string
    statistic?: StringFilter<"MetricHour"> | string
    hourStart?: DateTimeFilter<"MetricHour"> | Date | string
    value?: FloatFilter<"MetricHour"> | number
  }

  export type StateMachineCreateWithoutRevisionsInput = {
    arn: string
    name: string
    type: string
    status?: string | null
    roleArn?: string | null
    logGroupArn?: string | null
    createdAt?: Date | string | null
    lastSyncedAt?: Date | string | null
    syncedUntil?: Date | string | null
    source: SourceCreateNestedOneWithoutStateMachinesInput
    executions?: ExecutionCreateNestedManyWithoutStateMachineInput
    metricHours?: MetricHourCreateNestedManyWithoutStateMachineInput
  }

  export type StateMachineUncheckedCreateWithoutRevisionsInput = {
    id?: number
    arn: string
    name: string
    type: string
    status?: string | null
    roleArn?: string | null
    logGroupArn?: string | null
    createdAt?: Date | string | null
    sourceId: number
    lastSyncedAt?: Date | string | null
    syncedUntil?: Date | string | null
    executions?: ExecutionUncheckedCreateNestedManyWithoutStateMachineInput
    metricHours?: MetricHourUncheckedCreateNestedManyWithoutStateMachineInput
  }

  export type StateMachineCreateOrConnectWithoutRevisionsInput = {
    where: StateMachineWhereUniqueInput
    create: XOR<StateMachineCreateWithoutRevisionsInput, StateMachineUncheckedCreateWithoutRevisionsInput>
  }

  export type ExecutionCreateWithoutRevisionInput = {
    arn: string
    name: string
    status: string
    startDate: Date | string
    stopDate?: Date | string | null
    durationMs?: number | null
    input?: string | null
    output?: string | null
    inputBytes?: number | null
    outputBytes?: number | null
    error?: string | null
    cause?: string | null
    failedStateName?: string | null
    redriveCount?: number
    redriveStatus?: string | null
    redriveStatusReason?: string | null
    redriveDate?: Date | string | null
    mapRunArn?: string | null
    eventCount?: number
    lastEventAt?: Date | string | null
    stateTransitions?: number | null
    historyComplete?: boolean
    lastSyncedAt?: Date | string
    stateMachine: StateMachineCreateNestedOneWithoutExecutionsInput
    source: SourceCreateNestedOneWithoutExecutionsInput
    events?: HistoryEventCreateNestedManyWithoutExecutionInput
  }

  export type ExecutionUncheckedCreateWithoutRevisionInput = {
    id?: number
    arn: string
    name: string
    stateMachineId: number
    sourceId: number
    status: string
    startDate: Date | string
    stopDate?: Date | string | null
    durationMs?: number | null
    input?: string | null
    output?: string | null
    inputBytes?: number | null
    outputBytes?: number | null
    error?: string | null
    cause?: string | null
    failedStateName?: string | null
    redriveCount?: number
    redriveStatus?: string | null
    redriveStatusReason?: string | null
    redriveDate?: Date | string | null
    mapRunArn?: string | null
    eventCount?: number
    lastEventAt?: Date | string | null
    stateTransitions?: number | null
    historyComplete?: boolean
    lastSyncedAt?: Date | string
    events?: HistoryEventUncheckedCreateNestedManyWithoutExecutionInput
  }

  export type ExecutionCreateOrConnectWithoutRevisionInput = {
    where: ExecutionWhereUniqueInput
    create: XOR<ExecutionCreateWithoutRevisionInput, ExecutionUncheckedCreateWithoutRevisionInput>
  }

  export type ExecutionCreateManyRevisionInputEnvelope = {
    data: ExecutionCreateManyRevisionInput | ExecutionCreateManyRevisionInput[]
    skipDuplicates?: boolean
  }

  export type StateMachineUpsertWithoutRevisionsInput = {
    update: XOR<StateMachineUpdateWithoutRevisionsInput, StateMachineUncheckedUpdateWithoutRevisionsInput>
    create: XOR<StateMachineCreateWithoutRevisionsInput, StateMachineUncheckedCreateWithoutRevisionsInput>
    where?: StateMachineWhereInput
  }

  export type StateMachineUpdateToOneWithWhereWithoutRevisionsInput = {
    where?: StateMachineWhereInput
    data: XOR<StateMachineUpdateWithoutRevisionsInput, StateMachineUncheckedUpdateWithoutRevisionsInput>
  }

  export type StateMachineUpdateWithoutRevisionsInput = {
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    type?: StringFieldUpdateOperationsInput | string
    status?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    logGroupArn?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastSyncedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    syncedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    source?: SourceUpdateOneRequiredWithoutStateMachinesNestedInput
    executions?: ExecutionUpdateManyWithoutStateMachineNestedInput
    metricHours?: MetricHourUpdateManyWithoutStateMachineNestedInput
  }

  export type StateMachineUncheckedUpdateWithoutRevisionsInput = {
    id?: IntFieldUpdateOperationsInput | number
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    type?: StringFieldUpdateOperationsInput | string
    status?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    logGroupArn?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    sourceId?: IntFieldUpdateOperationsInput | number
    lastSyncedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    syncedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    executions?: ExecutionUncheckedUpdateManyWithoutStateMachineNestedInput
    metricHours?: MetricHourUncheckedUpdateManyWithoutStateMachineNestedInput
  }

  export type ExecutionUpsertWithWhereUniqueWithoutRevisionInput = {
    where: ExecutionWhereUniqueInput
    update: XOR<ExecutionUpdateWithoutRevisionInput, ExecutionUncheckedUpdateWithoutRevisionInput>
    create: XOR<ExecutionCreateWithoutRevisionInput, ExecutionUncheckedCreateWithoutRevisionInput>
  }

  export type ExecutionUpdateWithWhereUniqueWithoutRevisionInput = {
    where: ExecutionWhereUniqueInput
    data: XOR<ExecutionUpdateWithoutRevisionInput, ExecutionUncheckedUpdateWithoutRevisionInput>
  }

  export type ExecutionUpdateManyWithWhereWithoutRevisionInput = {
    where: ExecutionScalarWhereInput
    data: XOR<ExecutionUpdateManyMutationInput, ExecutionUncheckedUpdateManyWithoutRevisionInput>
  }

  export type StateMachineCreateWithoutExecutionsInput = {
    arn: string
    name: string
    type: string
    status?: string | null
    roleArn?: string | null
    logGroupArn?: string | null
    createdAt?: Date | string | null
    lastSyncedAt?: Date | string | null
    syncedUntil?: Date | string | null
    source: SourceCreateNestedOneWithoutStateMachinesInput
    revisions?: StateMachineRevisionCreateNestedManyWithoutStateMachineInput
    metricHours?: MetricHourCreateNestedManyWithoutStateMachineInput
  }

  export type StateMachineUncheckedCreateWithoutExecutionsInput = {
    id?: number
    arn: string
    name: string
    type: string
    status?: string | null
    roleArn?: string | null
    logGroupArn?: string | null
    createdAt?: Date | string | null
    sourceId: number
    lastSyncedAt?: Date | string | null
    syncedUntil?: Date | string | null
    revisions?: StateMachineRevisionUncheckedCreateNestedManyWithoutStateMachineInput
    metricHours?: MetricHourUncheckedCreateNestedManyWithoutStateMachineInput
  }

  export type StateMachineCreateOrConnectWithoutExecutionsInput = {
    where: StateMachineWhereUniqueInput
    create: XOR<StateMachineCreateWithoutExecutionsInput, StateMachineUncheckedCreateWithoutExecutionsInput>
  }

  export type StateMachineRevisionCreateWithoutExecutionsInput = {
    revisionId?: string | null
    definition: string
    definitionHash: string
    definitionBytes: number
    firstSeenAt?: Date | string
    stateMachine: StateMachineCreateNestedOneWithoutRevisionsInput
  }

  export type StateMachineRevisionUncheckedCreateWithoutExecutionsInput = {
    id?: number
    stateMachineId: number
    revisionId?: string | null
    definition: string
    definitionHash: string
    definitionBytes: number
    firstSeenAt?: Date | string
  }

  export type StateMachineRevisionCreateOrConnectWithoutExecutionsInput = {
    where: StateMachineRevisionWhereUniqueInput
    create: XOR<StateMachineRevisionCreateWithoutExecutionsInput, StateMachineRevisionUncheckedCreateWithoutExecutionsInput>
  }

  export type SourceCreateWithoutExecutionsInput = {
    kind: string
    name: string
    region?: string | null
    accountId?: string | null
    profile?: string | null
    roleArn?: string | null
    endpoint?: string | null
    syncIntervalSec?: number | null
    maxRequestsPerSec?: number | null
    enabled?: boolean
    createdAt?: Date | string
    updatedAt?: Date | string
    stateMachines?: StateMachineCreateNestedManyWithoutSourceInput
    syncRuns?: SyncRunCreateNestedManyWithoutSourceInput
  }

  export type SourceUncheckedCreateWithoutExecutionsInput = {
    id?: number
    kind: string
    name: string
    region?: string | null
    accountId?: string | null
    profile?: string | null
    roleArn?: string | null
    endpoint?: string | null
    syncIntervalSec?: number | null
    maxRequestsPerSec?: number | null
    enabled?: boolean
    createdAt?: Date | string
    updatedAt?: Date | string
    stateMachines?: StateMachineUncheckedCreateNestedManyWithoutSourceInput
    syncRuns?: SyncRunUncheckedCreateNestedManyWithoutSourceInput
  }

  export type SourceCreateOrConnectWithoutExecutionsInput = {
    where: SourceWhereUniqueInput
    create: XOR<SourceCreateWithoutExecutionsInput, SourceUncheckedCreateWithoutExecutionsInput>
  }

  export type HistoryEventCreateWithoutExecutionInput = {
    eventId: number
    previousEventId?: number | null
    type: string
    timestamp: Date | string
    stateName?: string | null
    details: JsonNullValueInput | InputJsonValue
  }

  export type HistoryEventUncheckedCreateWithoutExecutionInput = {
    eventId: number
    previousEventId?: number | null
    type: string
    timestamp: Date | string
    stateName?: string | null
    details: JsonNullValueInput | InputJsonValue
  }

  export type HistoryEventCreateOrConnectWithoutExecutionInput = {
    where: HistoryEventWhereUniqueInput
    create: XOR<HistoryEventCreateWithoutExecutionInput, HistoryEventUncheckedCreateWithoutExecutionInput>
  }

  export type HistoryEventCreateManyExecutionInputEnvelope = {
    data: HistoryEventCreateManyExecutionInput | HistoryEventCreateManyExecutionInput[]
    skipDuplicates?: boolean
  }

  export type StateMachineUpsertWithoutExecutionsInput = {
    update: XOR<StateMachineUpdateWithoutExecutionsInput, StateMachineUncheckedUpdateWithoutExecutionsInput>
    create: XOR<StateMachineCreateWithoutExecutionsInput, StateMachineUncheckedCreateWithoutExecutionsInput>
    where?: StateMachineWhereInput
  }

  export type StateMachineUpdateToOneWithWhereWithoutExecutionsInput = {
    where?: StateMachineWhereInput
    data: XOR<StateMachineUpdateWithoutExecutionsInput, StateMachineUncheckedUpdateWithoutExecutionsInput>
  }

  export type StateMachineUpdateWithoutExecutionsInput = {
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    type?: StringFieldUpdateOperationsInput | string
    status?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    logGroupArn?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastSyncedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    syncedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    source?: SourceUpdateOneRequiredWithoutStateMachinesNestedInput
    revisions?: StateMachineRevisionUpdateManyWithoutStateMachineNestedInput
    metricHours?: MetricHourUpdateManyWithoutStateMachineNestedInput
  }

  export type StateMachineUncheckedUpdateWithoutExecutionsInput = {
    id?: IntFieldUpdateOperationsInput | number
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    type?: StringFieldUpdateOperationsInput | string
    status?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    logGroupArn?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    sourceId?: IntFieldUpdateOperationsInput | number
    lastSyncedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    syncedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revisions?: StateMachineRevisionUncheckedUpdateManyWithoutStateMachineNestedInput
    metricHours?: MetricHourUncheckedUpdateManyWithoutStateMachineNestedInput
  }

  export type StateMachineRevisionUpsertWithoutExecutionsInput = {
    update: XOR<StateMachineRevisionUpdateWithoutExecutionsInput, StateMachineRevisionUncheckedUpdateWithoutExecutionsInput>
    create: XOR<StateMachineRevisionCreateWithoutExecutionsInput, StateMachineRevisionUncheckedCreateWithoutExecutionsInput>
    where?: StateMachineRevisionWhereInput
  }

  export type StateMachineRevisionUpdateToOneWithWhereWithoutExecutionsInput = {
    where?: StateMachineRevisionWhereInput
    data: XOR<StateMachineRevisionUpdateWithoutExecutionsInput, StateMachineRevisionUncheckedUpdateWithoutExecutionsInput>
  }

  export type StateMachineRevisionUpdateWithoutExecutionsInput = {
    revisionId?: NullableStringFieldUpdateOperationsInput | string | null
    definition?: StringFieldUpdateOperationsInput | string
    definitionHash?: StringFieldUpdateOperationsInput | string
    definitionBytes?: IntFieldUpdateOperationsInput | number
    firstSeenAt?: DateTimeFieldUpdateOperationsInput | Date | string
    stateMachine?: StateMachineUpdateOneRequiredWithoutRevisionsNestedInput
  }

  export type StateMachineRevisionUncheckedUpdateWithoutExecutionsInput = {
    id?: IntFieldUpdateOperationsInput | number
    stateMachineId?: IntFieldUpdateOperationsInput | number
    revisionId?: NullableStringFieldUpdateOperationsInput | string | null
    definition?: StringFieldUpdateOperationsInput | string
    definitionHash?: StringFieldUpdateOperationsInput | string
    definitionBytes?: IntFieldUpdateOperationsInput | number
    firstSeenAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type SourceUpsertWithoutExecutionsInput = {
    update: XOR<SourceUpdateWithoutExecutionsInput, SourceUncheckedUpdateWithoutExecutionsInput>
    create: XOR<SourceCreateWithoutExecutionsInput, SourceUncheckedCreateWithoutExecutionsInput>
    where?: SourceWhereInput
  }

  export type SourceUpdateToOneWithWhereWithoutExecutionsInput = {
    where?: SourceWhereInput
    data: XOR<SourceUpdateWithoutExecutionsInput, SourceUncheckedUpdateWithoutExecutionsInput>
  }

  export type SourceUpdateWithoutExecutionsInput = {
    kind?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    region?: NullableStringFieldUpdateOperationsInput | string | null
    accountId?: NullableStringFieldUpdateOperationsInput | string | null
    profile?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    endpoint?: NullableStringFieldUpdateOperationsInput | string | null
    syncIntervalSec?: NullableIntFieldUpdateOperationsInput | number | null
    maxRequestsPerSec?: NullableFloatFieldUpdateOperationsInput | number | null
    enabled?: BoolFieldUpdateOperationsInput | boolean
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    stateMachines?: StateMachineUpdateManyWithoutSourceNestedInput
    syncRuns?: SyncRunUpdateManyWithoutSourceNestedInput
  }

  export type SourceUncheckedUpdateWithoutExecutionsInput = {
    id?: IntFieldUpdateOperationsInput | number
    kind?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    region?: NullableStringFieldUpdateOperationsInput | string | null
    accountId?: NullableStringFieldUpdateOperationsInput | string | null
    profile?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    endpoint?: NullableStringFieldUpdateOperationsInput | string | null
    syncIntervalSec?: NullableIntFieldUpdateOperationsInput | number | null
    maxRequestsPerSec?: NullableFloatFieldUpdateOperationsInput | number | null
    enabled?: BoolFieldUpdateOperationsInput | boolean
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    stateMachines?: StateMachineUncheckedUpdateManyWithoutSourceNestedInput
    syncRuns?: SyncRunUncheckedUpdateManyWithoutSourceNestedInput
  }

  export type HistoryEventUpsertWithWhereUniqueWithoutExecutionInput = {
    where: HistoryEventWhereUniqueInput
    update: XOR<HistoryEventUpdateWithoutExecutionInput, HistoryEventUncheckedUpdateWithoutExecutionInput>
    create: XOR<HistoryEventCreateWithoutExecutionInput, HistoryEventUncheckedCreateWithoutExecutionInput>
  }

  export type HistoryEventUpdateWithWhereUniqueWithoutExecutionInput = {
    where: HistoryEventWhereUniqueInput
    data: XOR<HistoryEventUpdateWithoutExecutionInput, HistoryEventUncheckedUpdateWithoutExecutionInput>
  }

  export type HistoryEventUpdateManyWithWhereWithoutExecutionInput = {
    where: HistoryEventScalarWhereInput
    data: XOR<HistoryEventUpdateManyMutationInput, HistoryEventUncheckedUpdateManyWithoutExecutionInput>
  }

  export type HistoryEventScalarWhereInput = {
    AND?: HistoryEventScalarWhereInput | HistoryEventScalarWhereInput[]
    OR?: HistoryEventScalarWhereInput[]
    NOT?: HistoryEventScalarWhereInput | HistoryEventScalarWhereInput[]
    executionId?: IntFilter<"HistoryEvent"> | number
    eventId?: IntFilter<"HistoryEvent"> | number
    previousEventId?: IntNullableFilter<"HistoryEvent"> | number | null
    type?: StringFilter<"HistoryEvent"> | string
    timestamp?: DateTimeFilter<"HistoryEvent"> | Date | string
    stateName?: StringNullableFilter<"HistoryEvent"> | string | null
    details?: JsonFilter<"HistoryEvent">
  }

  export type ExecutionCreateWithoutEventsInput = {
    arn: string
    name: string
    status: string
    startDate: Date | string
    stopDate?: Date | string | null
    durationMs?: number | null
    input?: string | null
    output?: string | null
    inputBytes?: number | null
    outputBytes?: number | null
    error?: string | null
    cause?: string | null
    failedStateName?: string | null
    redriveCount?: number
    redriveStatus?: string | null
    redriveStatusReason?: string | null
    redriveDate?: Date | string | null
    mapRunArn?: string | null
    eventCount?: number
    lastEventAt?: Date | string | null
    stateTransitions?: number | null
    historyComplete?: boolean
    lastSyncedAt?: Date | string
    stateMachine: StateMachineCreateNestedOneWithoutExecutionsInput
    revision?: StateMachineRevisionCreateNestedOneWithoutExecutionsInput
    source: SourceCreateNestedOneWithoutExecutionsInput
  }

  export type ExecutionUncheckedCreateWithoutEventsInput = {
    id?: number
    arn: string
    name: string
    stateMachineId: number
    revisionId?: number | null
    sourceId: number
    status: string
    startDate: Date | string
    stopDate?: Date | string | null
    durationMs?: number | null
    input?: string | null
    output?: string | null
    inputBytes?: number | null
    outputBytes?: number | null
    error?: string | null
    cause?: string | null
    failedStateName?: string | null
    redriveCount?: number
    redriveStatus?: string | null
    redriveStatusReason?: string | null
    redriveDate?: Date | string | null
    mapRunArn?: string | null
    eventCount?: number
    lastEventAt?: Date | string | null
    stateTransitions?: number | null
    historyComplete?: boolean
    lastSyncedAt?: Date | string
  }

  export type ExecutionCreateOrConnectWithoutEventsInput = {
    where: ExecutionWhereUniqueInput
    create: XOR<ExecutionCreateWithoutEventsInput, ExecutionUncheckedCreateWithoutEventsInput>
  }

  export type ExecutionUpsertWithoutEventsInput = {
    update: XOR<ExecutionUpdateWithoutEventsInput, ExecutionUncheckedUpdateWithoutEventsInput>
    create: XOR<ExecutionCreateWithoutEventsInput, ExecutionUncheckedCreateWithoutEventsInput>
    where?: ExecutionWhereInput
  }

  export type ExecutionUpdateToOneWithWhereWithoutEventsInput = {
    where?: ExecutionWhereInput
    data: XOR<ExecutionUpdateWithoutEventsInput, ExecutionUncheckedUpdateWithoutEventsInput>
  }

  export type ExecutionUpdateWithoutEventsInput = {
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    startDate?: DateTimeFieldUpdateOperationsInput | Date | string
    stopDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    durationMs?: NullableIntFieldUpdateOperationsInput | number | null
    input?: NullableStringFieldUpdateOperationsInput | string | null
    output?: NullableStringFieldUpdateOperationsInput | string | null
    inputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    outputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    error?: NullableStringFieldUpdateOperationsInput | string | null
    cause?: NullableStringFieldUpdateOperationsInput | string | null
    failedStateName?: NullableStringFieldUpdateOperationsInput | string | null
    redriveCount?: IntFieldUpdateOperationsInput | number
    redriveStatus?: NullableStringFieldUpdateOperationsInput | string | null
    redriveStatusReason?: NullableStringFieldUpdateOperationsInput | string | null
    redriveDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    mapRunArn?: NullableStringFieldUpdateOperationsInput | string | null
    eventCount?: IntFieldUpdateOperationsInput | number
    lastEventAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    stateTransitions?: NullableIntFieldUpdateOperationsInput | number | null
    historyComplete?: BoolFieldUpdateOperationsInput | boolean
    lastSyncedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    stateMachine?: StateMachineUpdateOneRequiredWithoutExecutionsNestedInput
    revision?: StateMachineRevisionUpdateOneWithoutExecutionsNestedInput
    source?: SourceUpdateOneRequiredWithoutExecutionsNestedInput
  }

  export type ExecutionUncheckedUpdateWithoutEventsInput = {
    id?: IntFieldUpdateOperationsInput | number
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    stateMachineId?: IntFieldUpdateOperationsInput | number
    revisionId?: NullableIntFieldUpdateOperationsInput | number | null
    sourceId?: IntFieldUpdateOperationsInput | number
    status?: StringFieldUpdateOperationsInput | string
    startDate?: DateTimeFieldUpdateOperationsInput | Date | string
    stopDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    durationMs?: NullableIntFieldUpdateOperationsInput | number | null
    input?: NullableStringFieldUpdateOperationsInput | string | null
    output?: NullableStringFieldUpdateOperationsInput | string | null
    inputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    outputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    error?: NullableStringFieldUpdateOperationsInput | string | null
    cause?: NullableStringFieldUpdateOperationsInput | string | null
    failedStateName?: NullableStringFieldUpdateOperationsInput | string | null
    redriveCount?: IntFieldUpdateOperationsInput | number
    redriveStatus?: NullableStringFieldUpdateOperationsInput | string | null
    redriveStatusReason?: NullableStringFieldUpdateOperationsInput | string | null
    redriveDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    mapRunArn?: NullableStringFieldUpdateOperationsInput | string | null
    eventCount?: IntFieldUpdateOperationsInput | number
    lastEventAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    stateTransitions?: NullableIntFieldUpdateOperationsInput | number | null
    historyComplete?: BoolFieldUpdateOperationsInput | boolean
    lastSyncedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type StateMachineCreateWithoutMetricHoursInput = {
    arn: string
    name: string
    type: string
    status?: string | null
    roleArn?: string | null
    logGroupArn?: string | null
    createdAt?: Date | string | null
    lastSyncedAt?: Date | string | null
    syncedUntil?: Date | string | null
    source: SourceCreateNestedOneWithoutStateMachinesInput
    revisions?: StateMachineRevisionCreateNestedManyWithoutStateMachineInput
    executions?: ExecutionCreateNestedManyWithoutStateMachineInput
  }

  export type StateMachineUncheckedCreateWithoutMetricHoursInput = {
    id?: number
    arn: string
    name: string
    type: string
    status?: string | null
    roleArn?: string | null
    logGroupArn?: string | null
    createdAt?: Date | string | null
    sourceId: number
    lastSyncedAt?: Date | string | null
    syncedUntil?: Date | string | null
    revisions?: StateMachineRevisionUncheckedCreateNestedManyWithoutStateMachineInput
    executions?: ExecutionUncheckedCreateNestedManyWithoutStateMachineInput
  }

  export type StateMachineCreateOrConnectWithoutMetricHoursInput = {
    where: StateMachineWhereUniqueInput
    create: XOR<StateMachineCreateWithoutMetricHoursInput, StateMachineUncheckedCreateWithoutMetricHoursInput>
  }

  export type StateMachineUpsertWithoutMetricHoursInput = {
    update: XOR<StateMachineUpdateWithoutMetricHoursInput, StateMachineUncheckedUpdateWithoutMetricHoursInput>
    create: XOR<StateMachineCreateWithoutMetricHoursInput, StateMachineUncheckedCreateWithoutMetricHoursInput>
    where?: StateMachineWhereInput
  }

  export type StateMachineUpdateToOneWithWhereWithoutMetricHoursInput = {
    where?: StateMachineWhereInput
    data: XOR<StateMachineUpdateWithoutMetricHoursInput, StateMachineUncheckedUpdateWithoutMetricHoursInput>
  }

  export type StateMachineUpdateWithoutMetricHoursInput = {
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    type?: StringFieldUpdateOperationsInput | string
    status?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    logGroupArn?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastSyncedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    syncedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    source?: SourceUpdateOneRequiredWithoutStateMachinesNestedInput
    revisions?: StateMachineRevisionUpdateManyWithoutStateMachineNestedInput
    executions?: ExecutionUpdateManyWithoutStateMachineNestedInput
  }

  export type StateMachineUncheckedUpdateWithoutMetricHoursInput = {
    id?: IntFieldUpdateOperationsInput | number
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    type?: StringFieldUpdateOperationsInput | string
    status?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    logGroupArn?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    sourceId?: IntFieldUpdateOperationsInput | number
    lastSyncedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    syncedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revisions?: StateMachineRevisionUncheckedUpdateManyWithoutStateMachineNestedInput
    executions?: ExecutionUncheckedUpdateManyWithoutStateMachineNestedInput
  }

  export type StateMachineCreateManySourceInput = {
    id?: number
    arn: string
    name: string
    type: string
    status?: string | null
    roleArn?: string | null
    logGroupArn?: string | null
    createdAt?: Date | string | null
    lastSyncedAt?: Date | string | null
    syncedUntil?: Date | string | null
  }

  export type ExecutionCreateManySourceInput = {
    id?: number
    arn: string
    name: string
    stateMachineId: number
    revisionId?: number | null
    status: string
    startDate: Date | string
    stopDate?: Date | string | null
    durationMs?: number | null
    input?: string | null
    output?: string | null
    inputBytes?: number | null
    outputBytes?: number | null
    error?: string | null
    cause?: string | null
    failedStateName?: string | null
    redriveCount?: number
    redriveStatus?: string | null
    redriveStatusReason?: string | null
    redriveDate?: Date | string | null
    mapRunArn?: string | null
    eventCount?: number
    lastEventAt?: Date | string | null
    stateTransitions?: number | null
    historyComplete?: boolean
    lastSyncedAt?: Date | string
  }

  export type SyncRunCreateManySourceInput = {
    id?: number
    kind: string
    status: string
    startedAt?: Date | string
    finishedAt?: Date | string | null
    stateMachinesSeen?: number
    executionsSeen?: number
    executionsWritten?: number
    eventsWritten?: number
    requestsMade?: number
    throttledRequests?: number
    progress?: number
    error?: string | null
    checkpoint?: NullableJsonNullValueInput | InputJsonValue
  }

  export type StateMachineUpdateWithoutSourceInput = {
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    type?: StringFieldUpdateOperationsInput | string
    status?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    logGroupArn?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastSyncedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    syncedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revisions?: StateMachineRevisionUpdateManyWithoutStateMachineNestedInput
    executions?: ExecutionUpdateManyWithoutStateMachineNestedInput
    metricHours?: MetricHourUpdateManyWithoutStateMachineNestedInput
  }

  export type StateMachineUncheckedUpdateWithoutSourceInput = {
    id?: IntFieldUpdateOperationsInput | number
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    type?: StringFieldUpdateOperationsInput | string
    status?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    logGroupArn?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastSyncedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    syncedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    revisions?: StateMachineRevisionUncheckedUpdateManyWithoutStateMachineNestedInput
    executions?: ExecutionUncheckedUpdateManyWithoutStateMachineNestedInput
    metricHours?: MetricHourUncheckedUpdateManyWithoutStateMachineNestedInput
  }

  export type StateMachineUncheckedUpdateManyWithoutSourceInput = {
    id?: IntFieldUpdateOperationsInput | number
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    type?: StringFieldUpdateOperationsInput | string
    status?: NullableStringFieldUpdateOperationsInput | string | null
    roleArn?: NullableStringFieldUpdateOperationsInput | string | null
    logGroupArn?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastSyncedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    syncedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
  }

  export type ExecutionUpdateWithoutSourceInput = {
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    startDate?: DateTimeFieldUpdateOperationsInput | Date | string
    stopDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    durationMs?: NullableIntFieldUpdateOperationsInput | number | null
    input?: NullableStringFieldUpdateOperationsInput | string | null
    output?: NullableStringFieldUpdateOperationsInput | string | null
    inputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    outputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    error?: NullableStringFieldUpdateOperationsInput | string | null
    cause?: NullableStringFieldUpdateOperationsInput | string | null
    failedStateName?: NullableStringFieldUpdateOperationsInput | string | null
    redriveCount?: IntFieldUpdateOperationsInput | number
    redriveStatus?: NullableStringFieldUpdateOperationsInput | string | null
    redriveStatusReason?: NullableStringFieldUpdateOperationsInput | string | null
    redriveDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    mapRunArn?: NullableStringFieldUpdateOperationsInput | string | null
    eventCount?: IntFieldUpdateOperationsInput | number
    lastEventAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    stateTransitions?: NullableIntFieldUpdateOperationsInput | number | null
    historyComplete?: BoolFieldUpdateOperationsInput | boolean
    lastSyncedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    stateMachine?: StateMachineUpdateOneRequiredWithoutExecutionsNestedInput
    revision?: StateMachineRevisionUpdateOneWithoutExecutionsNestedInput
    events?: HistoryEventUpdateManyWithoutExecutionNestedInput
  }

  export type ExecutionUncheckedUpdateWithoutSourceInput = {
    id?: IntFieldUpdateOperationsInput | number
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    stateMachineId?: IntFieldUpdateOperationsInput | number
    revisionId?: NullableIntFieldUpdateOperationsInput | number | null
    status?: StringFieldUpdateOperationsInput | string
    startDate?: DateTimeFieldUpdateOperationsInput | Date | string
    stopDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    durationMs?: NullableIntFieldUpdateOperationsInput | number | null
    input?: NullableStringFieldUpdateOperationsInput | string | null
    output?: NullableStringFieldUpdateOperationsInput | string | null
    inputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    outputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    error?: NullableStringFieldUpdateOperationsInput | string | null
    cause?: NullableStringFieldUpdateOperationsInput | string | null
    failedStateName?: NullableStringFieldUpdateOperationsInput | string | null
    redriveCount?: IntFieldUpdateOperationsInput | number
    redriveStatus?: NullableStringFieldUpdateOperationsInput | string | null
    redriveStatusReason?: NullableStringFieldUpdateOperationsInput | string | null
    redriveDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    mapRunArn?: NullableStringFieldUpdateOperationsInput | string | null
    eventCount?: IntFieldUpdateOperationsInput | number
    lastEventAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    stateTransitions?: NullableIntFieldUpdateOperationsInput | number | null
    historyComplete?: BoolFieldUpdateOperationsInput | boolean
    lastSyncedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    events?: HistoryEventUncheckedUpdateManyWithoutExecutionNestedInput
  }

  export type ExecutionUncheckedUpdateManyWithoutSourceInput = {
    id?: IntFieldUpdateOperationsInput | number
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    stateMachineId?: IntFieldUpdateOperationsInput | number
    revisionId?: NullableIntFieldUpdateOperationsInput | number | null
    status?: StringFieldUpdateOperationsInput | string
    startDate?: DateTimeFieldUpdateOperationsInput | Date | string
    stopDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    durationMs?: NullableIntFieldUpdateOperationsInput | number | null
    input?: NullableStringFieldUpdateOperationsInput | string | null
    output?: NullableStringFieldUpdateOperationsInput | string | null
    inputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    outputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    error?: NullableStringFieldUpdateOperationsInput | string | null
    cause?: NullableStringFieldUpdateOperationsInput | string | null
    failedStateName?: NullableStringFieldUpdateOperationsInput | string | null
    redriveCount?: IntFieldUpdateOperationsInput | number
    redriveStatus?: NullableStringFieldUpdateOperationsInput | string | null
    redriveStatusReason?: NullableStringFieldUpdateOperationsInput | string | null
    redriveDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    mapRunArn?: NullableStringFieldUpdateOperationsInput | string | null
    eventCount?: IntFieldUpdateOperationsInput | number
    lastEventAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    stateTransitions?: NullableIntFieldUpdateOperationsInput | number | null
    historyComplete?: BoolFieldUpdateOperationsInput | boolean
    lastSyncedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type SyncRunUpdateWithoutSourceInput = {
    kind?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    startedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    finishedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    stateMachinesSeen?: IntFieldUpdateOperationsInput | number
    executionsSeen?: IntFieldUpdateOperationsInput | number
    executionsWritten?: IntFieldUpdateOperationsInput | number
    eventsWritten?: IntFieldUpdateOperationsInput | number
    requestsMade?: IntFieldUpdateOperationsInput | number
    throttledRequests?: IntFieldUpdateOperationsInput | number
    progress?: FloatFieldUpdateOperationsInput | number
    error?: NullableStringFieldUpdateOperationsInput | string | null
    checkpoint?: NullableJsonNullValueInput | InputJsonValue
  }

  export type SyncRunUncheckedUpdateWithoutSourceInput = {
    id?: IntFieldUpdateOperationsInput | number
    kind?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    startedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    finishedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    stateMachinesSeen?: IntFieldUpdateOperationsInput | number
    executionsSeen?: IntFieldUpdateOperationsInput | number
    executionsWritten?: IntFieldUpdateOperationsInput | number
    eventsWritten?: IntFieldUpdateOperationsInput | number
    requestsMade?: IntFieldUpdateOperationsInput | number
    throttledRequests?: IntFieldUpdateOperationsInput | number
    progress?: FloatFieldUpdateOperationsInput | number
    error?: NullableStringFieldUpdateOperationsInput | string | null
    checkpoint?: NullableJsonNullValueInput | InputJsonValue
  }

  export type SyncRunUncheckedUpdateManyWithoutSourceInput = {
    id?: IntFieldUpdateOperationsInput | number
    kind?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    startedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    finishedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    stateMachinesSeen?: IntFieldUpdateOperationsInput | number
    executionsSeen?: IntFieldUpdateOperationsInput | number
    executionsWritten?: IntFieldUpdateOperationsInput | number
    eventsWritten?: IntFieldUpdateOperationsInput | number
    requestsMade?: IntFieldUpdateOperationsInput | number
    throttledRequests?: IntFieldUpdateOperationsInput | number
    progress?: FloatFieldUpdateOperationsInput | number
    error?: NullableStringFieldUpdateOperationsInput | string | null
    checkpoint?: NullableJsonNullValueInput | InputJsonValue
  }

  export type StateMachineRevisionCreateManyStateMachineInput = {
    id?: number
    revisionId?: string | null
    definition: string
    definitionHash: string
    definitionBytes: number
    firstSeenAt?: Date | string
  }

  export type ExecutionCreateManyStateMachineInput = {
    id?: number
    arn: string
    name: string
    revisionId?: number | null
    sourceId: number
    status: string
    startDate: Date | string
    stopDate?: Date | string | null
    durationMs?: number | null
    input?: string | null
    output?: string | null
    inputBytes?: number | null
    outputBytes?: number | null
    error?: string | null
    cause?: string | null
    failedStateName?: string | null
    redriveCount?: number
    redriveStatus?: string | null
    redriveStatusReason?: string | null
    redriveDate?: Date | string | null
    mapRunArn?: string | null
    eventCount?: number
    lastEventAt?: Date | string | null
    stateTransitions?: number | null
    historyComplete?: boolean
    lastSyncedAt?: Date | string
  }

  export type MetricHourCreateManyStateMachineInput = {
    metric: string
    statistic: string
    hourStart: Date | string
    value: number
  }

  export type StateMachineRevisionUpdateWithoutStateMachineInput = {
    revisionId?: NullableStringFieldUpdateOperationsInput | string | null
    definition?: StringFieldUpdateOperationsInput | string
    definitionHash?: StringFieldUpdateOperationsInput | string
    definitionBytes?: IntFieldUpdateOperationsInput | number
    firstSeenAt?: DateTimeFieldUpdateOperationsInput | Date | string
    executions?: ExecutionUpdateManyWithoutRevisionNestedInput
  }

  export type StateMachineRevisionUncheckedUpdateWithoutStateMachineInput = {
    id?: IntFieldUpdateOperationsInput | number
    revisionId?: NullableStringFieldUpdateOperationsInput | string | null
    definition?: StringFieldUpdateOperationsInput | string
    definitionHash?: StringFieldUpdateOperationsInput | string
    definitionBytes?: IntFieldUpdateOperationsInput | number
    firstSeenAt?: DateTimeFieldUpdateOperationsInput | Date | string
    executions?: ExecutionUncheckedUpdateManyWithoutRevisionNestedInput
  }

  export type StateMachineRevisionUncheckedUpdateManyWithoutStateMachineInput = {
    id?: IntFieldUpdateOperationsInput | number
    revisionId?: NullableStringFieldUpdateOperationsInput | string | null
    definition?: StringFieldUpdateOperationsInput | string
    definitionHash?: StringFieldUpdateOperationsInput | string
    definitionBytes?: IntFieldUpdateOperationsInput | number
    firstSeenAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type ExecutionUpdateWithoutStateMachineInput = {
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    startDate?: DateTimeFieldUpdateOperationsInput | Date | string
    stopDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    durationMs?: NullableIntFieldUpdateOperationsInput | number | null
    input?: NullableStringFieldUpdateOperationsInput | string | null
    output?: NullableStringFieldUpdateOperationsInput | string | null
    inputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    outputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    error?: NullableStringFieldUpdateOperationsInput | string | null
    cause?: NullableStringFieldUpdateOperationsInput | string | null
    failedStateName?: NullableStringFieldUpdateOperationsInput | string | null
    redriveCount?: IntFieldUpdateOperationsInput | number
    redriveStatus?: NullableStringFieldUpdateOperationsInput | string | null
    redriveStatusReason?: NullableStringFieldUpdateOperationsInput | string | null
    redriveDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    mapRunArn?: NullableStringFieldUpdateOperationsInput | string | null
    eventCount?: IntFieldUpdateOperationsInput | number
    lastEventAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    stateTransitions?: NullableIntFieldUpdateOperationsInput | number | null
    historyComplete?: BoolFieldUpdateOperationsInput | boolean
    lastSyncedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    revision?: StateMachineRevisionUpdateOneWithoutExecutionsNestedInput
    source?: SourceUpdateOneRequiredWithoutExecutionsNestedInput
    events?: HistoryEventUpdateManyWithoutExecutionNestedInput
  }

  export type ExecutionUncheckedUpdateWithoutStateMachineInput = {
    id?: IntFieldUpdateOperationsInput | number
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    revisionId?: NullableIntFieldUpdateOperationsInput | number | null
    sourceId?: IntFieldUpdateOperationsInput | number
    status?: StringFieldUpdateOperationsInput | string
    startDate?: DateTimeFieldUpdateOperationsInput | Date | string
    stopDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    durationMs?: NullableIntFieldUpdateOperationsInput | number | null
    input?: NullableStringFieldUpdateOperationsInput | string | null
    output?: NullableStringFieldUpdateOperationsInput | string | null
    inputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    outputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    error?: NullableStringFieldUpdateOperationsInput | string | null
    cause?: NullableStringFieldUpdateOperationsInput | string | null
    failedStateName?: NullableStringFieldUpdateOperationsInput | string | null
    redriveCount?: IntFieldUpdateOperationsInput | number
    redriveStatus?: NullableStringFieldUpdateOperationsInput | string | null
    redriveStatusReason?: NullableStringFieldUpdateOperationsInput | string | null
    redriveDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    mapRunArn?: NullableStringFieldUpdateOperationsInput | string | null
    eventCount?: IntFieldUpdateOperationsInput | number
    lastEventAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    stateTransitions?: NullableIntFieldUpdateOperationsInput | number | null
    historyComplete?: BoolFieldUpdateOperationsInput | boolean
    lastSyncedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    events?: HistoryEventUncheckedUpdateManyWithoutExecutionNestedInput
  }

  export type ExecutionUncheckedUpdateManyWithoutStateMachineInput = {
    id?: IntFieldUpdateOperationsInput | number
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    revisionId?: NullableIntFieldUpdateOperationsInput | number | null
    sourceId?: IntFieldUpdateOperationsInput | number
    status?: StringFieldUpdateOperationsInput | string
    startDate?: DateTimeFieldUpdateOperationsInput | Date | string
    stopDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    durationMs?: NullableIntFieldUpdateOperationsInput | number | null
    input?: NullableStringFieldUpdateOperationsInput | string | null
    output?: NullableStringFieldUpdateOperationsInput | string | null
    inputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    outputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    error?: NullableStringFieldUpdateOperationsInput | string | null
    cause?: NullableStringFieldUpdateOperationsInput | string | null
    failedStateName?: NullableStringFieldUpdateOperationsInput | string | null
    redriveCount?: IntFieldUpdateOperationsInput | number
    redriveStatus?: NullableStringFieldUpdateOperationsInput | string | null
    redriveStatusReason?: NullableStringFieldUpdateOperationsInput | string | null
    redriveDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    mapRunArn?: NullableStringFieldUpdateOperationsInput | string | null
    eventCount?: IntFieldUpdateOperationsInput | number
    lastEventAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    stateTransitions?: NullableIntFieldUpdateOperationsInput | number | null
    historyComplete?: BoolFieldUpdateOperationsInput | boolean
    lastSyncedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type MetricHourUpdateWithoutStateMachineInput = {
    metric?: StringFieldUpdateOperationsInput | string
    statistic?: StringFieldUpdateOperationsInput | string
    hourStart?: DateTimeFieldUpdateOperationsInput | Date | string
    value?: FloatFieldUpdateOperationsInput | number
  }

  export type MetricHourUncheckedUpdateWithoutStateMachineInput = {
    metric?: StringFieldUpdateOperationsInput | string
    statistic?: StringFieldUpdateOperationsInput | string
    hourStart?: DateTimeFieldUpdateOperationsInput | Date | string
    value?: FloatFieldUpdateOperationsInput | number
  }

  export type MetricHourUncheckedUpdateManyWithoutStateMachineInput = {
    metric?: StringFieldUpdateOperationsInput | string
    statistic?: StringFieldUpdateOperationsInput | string
    hourStart?: DateTimeFieldUpdateOperationsInput | Date | string
    value?: FloatFieldUpdateOperationsInput | number
  }

  export type ExecutionCreateManyRevisionInput = {
    id?: number
    arn: string
    name: string
    stateMachineId: number
    sourceId: number
    status: string
    startDate: Date | string
    stopDate?: Date | string | null
    durationMs?: number | null
    input?: string | null
    output?: string | null
    inputBytes?: number | null
    outputBytes?: number | null
    error?: string | null
    cause?: string | null
    failedStateName?: string | null
    redriveCount?: number
    redriveStatus?: string | null
    redriveStatusReason?: string | null
    redriveDate?: Date | string | null
    mapRunArn?: string | null
    eventCount?: number
    lastEventAt?: Date | string | null
    stateTransitions?: number | null
    historyComplete?: boolean
    lastSyncedAt?: Date | string
  }

  export type ExecutionUpdateWithoutRevisionInput = {
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    startDate?: DateTimeFieldUpdateOperationsInput | Date | string
    stopDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    durationMs?: NullableIntFieldUpdateOperationsInput | number | null
    input?: NullableStringFieldUpdateOperationsInput | string | null
    output?: NullableStringFieldUpdateOperationsInput | string | null
    inputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    outputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    error?: NullableStringFieldUpdateOperationsInput | string | null
    cause?: NullableStringFieldUpdateOperationsInput | string | null
    failedStateName?: NullableStringFieldUpdateOperationsInput | string | null
    redriveCount?: IntFieldUpdateOperationsInput | number
    redriveStatus?: NullableStringFieldUpdateOperationsInput | string | null
    redriveStatusReason?: NullableStringFieldUpdateOperationsInput | string | null
    redriveDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    mapRunArn?: NullableStringFieldUpdateOperationsInput | string | null
    eventCount?: IntFieldUpdateOperationsInput | number
    lastEventAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    stateTransitions?: NullableIntFieldUpdateOperationsInput | number | null
    historyComplete?: BoolFieldUpdateOperationsInput | boolean
    lastSyncedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    stateMachine?: StateMachineUpdateOneRequiredWithoutExecutionsNestedInput
    source?: SourceUpdateOneRequiredWithoutExecutionsNestedInput
    events?: HistoryEventUpdateManyWithoutExecutionNestedInput
  }

  export type ExecutionUncheckedUpdateWithoutRevisionInput = {
    id?: IntFieldUpdateOperationsInput | number
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    stateMachineId?: IntFieldUpdateOperationsInput | number
    sourceId?: IntFieldUpdateOperationsInput | number
    status?: StringFieldUpdateOperationsInput | string
    startDate?: DateTimeFieldUpdateOperationsInput | Date | string
    stopDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    durationMs?: NullableIntFieldUpdateOperationsInput | number | null
    input?: NullableStringFieldUpdateOperationsInput | string | null
    output?: NullableStringFieldUpdateOperationsInput | string | null
    inputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    outputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    error?: NullableStringFieldUpdateOperationsInput | string | null
    cause?: NullableStringFieldUpdateOperationsInput | string | null
    failedStateName?: NullableStringFieldUpdateOperationsInput | string | null
    redriveCount?: IntFieldUpdateOperationsInput | number
    redriveStatus?: NullableStringFieldUpdateOperationsInput | string | null
    redriveStatusReason?: NullableStringFieldUpdateOperationsInput | string | null
    redriveDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    mapRunArn?: NullableStringFieldUpdateOperationsInput | string | null
    eventCount?: IntFieldUpdateOperationsInput | number
    lastEventAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    stateTransitions?: NullableIntFieldUpdateOperationsInput | number | null
    historyComplete?: BoolFieldUpdateOperationsInput | boolean
    lastSyncedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    events?: HistoryEventUncheckedUpdateManyWithoutExecutionNestedInput
  }

  export type ExecutionUncheckedUpdateManyWithoutRevisionInput = {
    id?: IntFieldUpdateOperationsInput | number
    arn?: StringFieldUpdateOperationsInput | string
    name?: StringFieldUpdateOperationsInput | string
    stateMachineId?: IntFieldUpdateOperationsInput | number
    sourceId?: IntFieldUpdateOperationsInput | number
    status?: StringFieldUpdateOperationsInput | string
    startDate?: DateTimeFieldUpdateOperationsInput | Date | string
    stopDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    durationMs?: NullableIntFieldUpdateOperationsInput | number | null
    input?: NullableStringFieldUpdateOperationsInput | string | null
    output?: NullableStringFieldUpdateOperationsInput | string | null
    inputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    outputBytes?: NullableIntFieldUpdateOperationsInput | number | null
    error?: NullableStringFieldUpdateOperationsInput | string | null
    cause?: NullableStringFieldUpdateOperationsInput | string | null
    failedStateName?: NullableStringFieldUpdateOperationsInput | string | null
    redriveCount?: IntFieldUpdateOperationsInput | number
    redriveStatus?: NullableStringFieldUpdateOperationsInput | string | null
    redriveStatusReason?: NullableStringFieldUpdateOperationsInput | string | null
    redriveDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    mapRunArn?: NullableStringFieldUpdateOperationsInput | string | null
    eventCount?: IntFieldUpdateOperationsInput | number
    lastEventAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    stateTransitions?: NullableIntFieldUpdateOperationsInput | number | null
    historyComplete?: BoolFieldUpdateOperationsInput | boolean
    lastSyncedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type HistoryEventCreateManyExecutionInput = {
    eventId: number
    previousEventId?: number | null
    type: string
    timestamp: Date | string
    stateName?: string | null
    details: JsonNullValueInput | InputJsonValue
  }

  export type HistoryEventUpdateWithoutExecutionInput = {
    eventId?: IntFieldUpdateOperationsInput | number
    previousEventId?: NullableIntFieldUpdateOperationsInput | number | null
    type?: StringFieldUpdateOperationsInput | string
    timestamp?: DateTimeFieldUpdateOperationsInput | Date | string
    stateName?: NullableStringFieldUpdateOperationsInput | string | null
    details?: JsonNullValueInput | InputJsonValue
  }

  export type HistoryEventUncheckedUpdateWithoutExecutionInput = {
    eventId?: IntFieldUpdateOperationsInput | number
    previousEventId?: NullableIntFieldUpdateOperationsInput | number | null
    type?: StringFieldUpdateOperationsInput | string
    timestamp?: DateTimeFieldUpdateOperationsInput | Date | string
    stateName?: NullableStringFieldUpdateOperationsInput | string | null
    details?: JsonNullValueInput | InputJsonValue
  }

  export type HistoryEventUncheckedUpdateManyWithoutExecutionInput = {
    eventId?: IntFieldUpdateOperationsInput | number
    previousEventId?: NullableIntFieldUpdateOperationsInput | number | null
    type?: StringFieldUpdateOperationsInput | string
    timestamp?: DateTimeFieldUpdateOperationsInput | Date | string
    stateName?: NullableStringFieldUpdateOperationsInput | string | null
    details?: JsonNullValueInput | InputJsonValue
  }



  /**
   * Batch Payload for updateMany & deleteMany & createMany
   */

  export type BatchPayload = {
    count: number
  }

  /**
   * DMMF
   */
  export const dmmf: runtime.BaseDMMF
}