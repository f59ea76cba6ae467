// Prisma's WebAssembly schema engine, driven through @prisma/adapter-pg: applies, diagnoses and
// writes migrations without the native engine binary that `prisma migrate` downloads (and that an
// offline machine cannot fetch). Every workaround for an upstream bug lives here, named by the trap
// it avoids (ENVIRONMENT.md, "Prisma 7 without its native engines"), so it can go when they are fixed.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type {
  DiagnoseMigrationHistoryOutput,
  MigrationList,
  SchemaEngine as WasmSchemaEngine,
} from '@prisma/schema-engine-wasm';

const require = createRequire(import.meta.url);

/** PostgreSQL's internal single-byte "char" type, which adapter-pg 7.10 cannot map (trap a). */
const PG_INTERNAL_CHAR_OID = 18;
/** bpchar: adapter-pg maps it to its Character column type, which is what "char" holds. */
const PG_BPCHAR_OID = 1042;

/** Reports "char" columns as bpchar so the adapter accepts the schema describer's catalog queries. */
class CatalogCharClient extends pg.Client {
  // pg's overloads cannot be restated one by one; the promise form is the only one the adapter uses.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as (...a: any[]) => any)(...args);
    if (result && typeof result.then === 'function') {
      return result.then((res: pg.QueryResult) => {
        for (const field of res?.fields ?? []) {
          if (field.dataTypeID === PG_INTERNAL_CHAR_OID) field.dataTypeID = PG_BPCHAR_OID;
        }
        return res;
      });
    }
    return result;
  }
}

interface Loaded {
  engineModule: typeof import('@prisma/schema-engine-wasm');
}

let loading: Promise<Loaded> | undefined;

/** Instantiates the .wasm once per process. */
function loadWasm(): Promise<Loaded> {
  loading ??= (async () => {
    const globals = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
    // Without a registry a Rust panic surfaces as an unrelated TypeError.
    globals.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message(message: string) {
        throw new Error(`Prisma schema engine panicked: ${message}`);
      },
    };
    const bg = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as Record<string, unknown>;
    const imports: Record<string, unknown> = { ...bg };
    // Trap e: the engine arms timers it never clears; unref them so a CLI or a test can exit.
    for (const [name, fn] of Object.entries(bg)) {
      if (name.startsWith('__wbg_setTimeout_') && typeof fn === 'function') {
        imports[name] = (...args: unknown[]) => {
          const handle = (fn as (...a: unknown[]) => unknown)(...args);
          (handle as { unref?: () => void } | undefined)?.unref?.();
          return handle;
        };
      }
    }
    // The .wasm is not in the package's exports: find it beside the resolved entry point.
    const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm')), 'schema_engine_bg.wasm');
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': imports as WebAssembly.ModuleImports,
    });
    (bg.__wbg_set_wasm as (exports: WebAssembly.Exports) => void)(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    const engineModule = bg as unknown as typeof import('@prisma/schema-engine-wasm');
    return { engineModule };
  })();
  return loading;
}

/**
 * An adapter factory for the engine. Shadow databases are refused outright: adapter-pg's shadow
 * connection reuses the real connection string and would reset the real database (trap c).
 */
function migrationAdapterFactory(connectionString: string) {
  const pool = new pg.Pool({ connectionString, Client: CatalogCharClient, max: 2 });
  pool.on('error', (error) => console.warn(`[db] schema engine connection error: ${error.message}`));
  const factory = new PrismaPg(pool, { disposeExternalPool: true });
  const connect = factory.connect.bind(factory);
  const withScripts = Object.assign(factory, {
    async connect() {
      const adapter = await connect();
      // Trap d: adapter-pg splits scripts on every ";". Send a migration whole, as one simple query.
      adapter.executeScript = async (script: string) => {
        await pool.query(script);
      };
      return adapter;
    },
    async connectToShadowDb(): Promise<never> {
      throw new Error('SmartPick never uses a shadow database (it would point at the real one).');
    },
  });
  return { factory: withScripts, pool };
}

export interface SchemaEngineSession {
  applyMigrations(migrations: MigrationList): Promise<string[]>;
  diagnose(migrations: MigrationList): Promise<DiagnoseMigrationHistoryOutput>;
  /** SQL that turns the schema `from` (or an empty database) into `to`. */
  diffSchemas(from: SchemaFile | null, to: SchemaFile): Promise<string>;
  close(): Promise<void>;
}

export interface SchemaFile {
  path: string;
  content: string;
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** Opens the engine against a database; call close() when done so the pools end. */
export async function openSchemaEngine(connectionString: string, schema: SchemaFile): Promise<SchemaEngineSession> {
  const { engineModule } = await loadWasm();
  const { factory, pool } = migrationAdapterFactory(connectionString);
  const logs: string[] = [];
  const engine: WasmSchemaEngine = await engineModule.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    (log: string) => logs.push(log),
    bindMigrationAwareSqlAdapterFactory(factory as never),
  );
  let closed = false;
  return {
    async applyMigrations(migrationsList) {
      const output = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      return output.appliedMigrationNames;
    },
    diagnose(migrationsList) {
      return engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTERS });
    },
    async diffSchemas(from, to) {
      const result = await engine.diff({
        from: from ? { tag: 'schemaDatamodel', files: [from] } : { tag: 'empty' },
        to: { tag: 'schemaDatamodel', files: [to] },
        script: true,
        shadowDatabaseUrl: null,
        exitCode: null,
        filters: NO_FILTERS,
      } as never);
      return (result as { stdout?: string }).stdout ?? '';
    },
    async close() {
      if (closed) return;
      closed = true;
      engine.free();
      await pool.end();
    },
  };
}

/** The text the engine returns when two schemas are the same. */
export const EMPTY_MIGRATION_TEXT = '-- This is an empty migration.';

export function isEmptyMigration(sql: string): boolean {
  return sql.trim() === '' || sql.trim() === EMPTY_MIGRATION_TEXT;
}
