import type pg from "pg";

/**
 * Our own bookkeeping beside agenda's table: one row per idempotency key (what was asked, where it
 * is, how often it was tried) and the dead letters. agenda keeps the queue and the locks; these
 * tables make duplicates harmless, give admins per-organisation counts, and outlive agenda's rows
 * (one-off jobs are removed from agenda's table once they finish).
 */

export type RunStatus = "queued" | "running" | "retrying" | "succeeded" | "dead";

export interface JobRunRow {
  queue: string;
  key: string;
  job_name: string;
  organization_id: string | null;
  status: RunStatus;
  attempts: number;
  data: Record<string, unknown>;
}

export interface DeadLetterRow {
  id: string;
  queue: string;
  job_name: string;
  job_key: string;
  organization_id: string | null;
  data: Record<string, unknown>;
  error_code: string;
  error_message: string;
  attempts: number;
  first_failed_at: Date;
  last_failed_at: Date;
  status: "dead" | "replayed" | "discarded";
  resolved_at: Date | null;
  created_at: Date;
}

export interface QueueCounts {
  jobName: string;
  queued: number;
  running: number;
  failed: number;
  dead: number;
  succeeded: number;
}

type Queryable = Pick<pg.Pool, "query">;

export class JobStore {
  constructor(
    private readonly pool: Queryable,
    readonly queue: string,
  ) {}

  /** Inserts a queued row for `key`; false when the key already exists (queued, running or done). */
  async claimKey(key: string, jobName: string, orgId: string | null, data: Record<string, unknown>): Promise<boolean> {
    const res = await this.pool.query(
      `insert into job_runs (queue, key, job_name, organization_id, status, data) values ($1, $2, $3, $4, 'queued', $5)
       on conflict (queue, key) do nothing`,
      [this.queue, key, jobName, orgId, JSON.stringify(data)],
    );
    return (res.rowCount ?? 0) > 0;
  }

  /**
   * `claimKey` + dispatch for many keys in one statement: the new runs are inserted with their
   * agenda job ids, and the agenda jobs for exactly those (keys already known are skipped) are
   * inserted from the same CTE. Writes agenda's own table (`agenda_jobs`, created by our migration,
   * in the shape agenda 6's `saveJob` writes a normal one-off job, with our envelope as data).
   * Returns the keys that were new.
   */
  async claimAndDispatchMany(
    jobName: string,
    agendaJobName: string,
    rows: readonly { key: string; orgId: string | null; data: Record<string, unknown>; runAt: Date; agendaId: string }[],
  ): Promise<string[]> {
    if (!rows.length) return [];
    const res = await this.pool.query<{ key: string }>(
      `with input as (
         select * from unnest($3::text[], $4::uuid[], $5::jsonb[], $6::timestamptz[], $7::uuid[]) as t(k, o, d, r, a)
       ),
       claimed as (
         insert into job_runs (queue, key, job_name, organization_id, status, data, agenda_id)
         select $1, k, $2, o, 'queued', d, a from input
         on conflict (queue, key) do nothing
         returning key
       ),
       jobs as (
         insert into agenda_jobs (id, name, priority, next_run_at, type, data)
         select i.a, $8, 0, i.r, 'normal', jsonb_build_object('key', i.k, 'data', i.d)
         from input i join claimed c on c.key = i.k
         returning 1
       )
       select key from claimed`,
      [
        this.queue,
        jobName,
        rows.map((r) => r.key),
        rows.map((r) => r.orgId),
        rows.map((r) => JSON.stringify(r.data)),
        rows.map((r) => r.runAt),
        rows.map((r) => r.agendaId),
        agendaJobName,
      ],
    );
    return res.rows.map((r) => r.key);
  }

  async setAgendaId(key: string, agendaId: string): Promise<void> {
    await this.pool.query(`update job_runs set agenda_id = $3, updated_at = now() where queue = $1 and key = $2`, [this.queue, key, agendaId]);
  }

  async get(key: string): Promise<JobRunRow | undefined> {
    const res = await this.pool.query<JobRunRow>(`select queue, key, job_name, organization_id, status, attempts, data from job_runs where queue = $1 and key = $2`, [this.queue, key]);
    return res.rows[0];
  }

  /**
   * Marks a delivery as started and counts it; returns the attempt number, or undefined when there
   * is nothing to run: done, dead, or running elsewhere. A run counts as still running elsewhere
   * until a lock lifetime has passed since its last heartbeat — then its worker is presumed gone.
   */
  async start(key: string, lockLifetimeMs: number): Promise<number | undefined> {
    const res = await this.pool.query<{ attempts: number }>(
      `update job_runs set status = 'running', attempts = attempts + 1, started_at = now(), updated_at = now()
       where queue = $1 and key = $2
         and (status in ('queued', 'retrying') or (status = 'running' and updated_at < now() - ($3 || ' milliseconds')::interval))
       returning attempts`,
      [this.queue, key, String(lockLifetimeMs)],
    );
    return res.rows[0]?.attempts;
  }

  /** A running delivery's sign of life, written with each lock touch. */
  async heartbeat(key: string): Promise<void> {
    await this.pool.query(`update job_runs set updated_at = now() where queue = $1 and key = $2 and status = 'running'`, [this.queue, key]);
  }

  async finish(key: string, status: "succeeded" | "retrying", errorCode: string | null = null): Promise<void> {
    await this.pool.query(
      `update job_runs set status = $3::varchar, last_error_code = $4::varchar, finished_at = case when $3::varchar = 'succeeded' then now() else finished_at end,
         first_failed_at = case when $4::varchar is not null then coalesce(first_failed_at, now()) else first_failed_at end, updated_at = now()
       where queue = $1 and key = $2 and status <> 'succeeded'`,
      [this.queue, key, status, errorCode],
    );
  }

  /** The last failure: the run becomes dead and one dead letter records it (ids and codes only). */
  async bury(key: string, errorCode: string, errorMessage: string): Promise<void> {
    await this.pool.query(
      `with run as (
         update job_runs set status = 'dead', last_error_code = $3, first_failed_at = coalesce(first_failed_at, now()), finished_at = now(), updated_at = now()
         where queue = $1 and key = $2 and status <> 'succeeded'
         returning queue, key, job_name, organization_id, data, attempts, first_failed_at
       )
       insert into job_dead_letters (queue, job_name, job_key, organization_id, data, error_code, error_message, attempts, first_failed_at, last_failed_at)
       select queue, job_name, key, organization_id, data, $3, $4, attempts, first_failed_at, now() from run`,
      [this.queue, key, errorCode, errorMessage],
    );
  }

  /** Dead letter → queued again (attempts from zero). Returns the run to re-dispatch, or undefined. */
  async reopen(deadLetterId: string, orgId: string | null): Promise<JobRunRow | undefined> {
    const client = "connect" in this.pool ? await (this.pool as pg.Pool).connect() : undefined;
    const q: Queryable = client ?? this.pool;
    try {
      await q.query("begin");
      const dl = await q.query<DeadLetterRow>(
        `select * from job_dead_letters where id = $1 and queue = $2 and status = 'dead' and organization_id is not distinct from $3 for update`,
        [deadLetterId, this.queue, orgId],
      );
      const letter = dl.rows[0];
      if (!letter) {
        await q.query("rollback");
        return undefined;
      }
      await q.query(`update job_dead_letters set status = 'replayed', resolved_at = now() where id = $1`, [deadLetterId]);
      // The run's bookkeeping row may be gone (pruned, or written by hand): the letter carries all it needs.
      const run = await q.query<JobRunRow>(
        `insert into job_runs (queue, key, job_name, organization_id, status, data) values ($1, $2, $3, $4, 'queued', $5)
         on conflict (queue, key) do update set status = 'queued', attempts = 0, agenda_id = null, updated_at = now() where job_runs.status = 'dead'
         returning queue, key, job_name, organization_id, status, attempts, data`,
        [this.queue, letter.job_key, letter.job_name, letter.organization_id, JSON.stringify(letter.data)],
      );
      if (!run.rows[0]) {
        // The key ran again meanwhile (or is running): nothing to replay.
        await q.query("rollback");
        return undefined;
      }
      await q.query("commit");
      return run.rows[0];
    } catch (error) {
      await q.query("rollback").catch(() => undefined);
      throw error;
    } finally {
      client?.release();
    }
  }

  async discard(deadLetterId: string, orgId: string | null): Promise<boolean> {
    const res = await this.pool.query(
      `update job_dead_letters set status = 'discarded', resolved_at = now() where id = $1 and queue = $2 and status = 'dead' and organization_id is not distinct from $3`,
      [deadLetterId, this.queue, orgId],
    );
    return (res.rowCount ?? 0) > 0;
  }

  async deadLetter(id: string, orgIds: (string | null)[]): Promise<DeadLetterRow | undefined> {
    const res = await this.pool.query<DeadLetterRow>(
      `select * from job_dead_letters where id = $1 and queue = $2 and (organization_id = any($3::uuid[]) or ($4 and organization_id is null))`,
      [id, this.queue, orgIds.filter(Boolean), orgIds.includes(null)],
    );
    return res.rows[0];
  }

  /** Dead letters visible to an organisation (its own, and the system's when asked), newest first. */
  async deadLetters(opts: { orgId: string; includeSystem: boolean; status?: string; jobName?: string; limit: number; offset: number }): Promise<{ rows: DeadLetterRow[]; total: number }> {
    const where = [`queue = $1`, `(organization_id = $2 or ($3 and organization_id is null))`];
    const params: unknown[] = [this.queue, opts.orgId, opts.includeSystem];
    if (opts.status) where.push(`status = $${params.push(opts.status)}`);
    if (opts.jobName) where.push(`job_name = $${params.push(opts.jobName)}`);
    const filter = where.join(" and ");
    const total = await this.pool.query<{ n: string }>(`select count(*) as n from job_dead_letters where ${filter}`, params);
    const pageParams = [...params];
    const rows = await this.pool.query<DeadLetterRow>(
      `select * from job_dead_letters where ${filter} order by last_failed_at desc, id desc limit $${pageParams.push(opts.limit)} offset $${pageParams.push(opts.offset)}`,
      pageParams,
    );
    return { rows: rows.rows, total: Number(total.rows[0]?.n ?? 0) };
  }

  /** Counts per job name for one organisation (and system jobs), succeeded counted over the last 24 hours. */
  async counts(orgId: string | null, includeSystem: boolean): Promise<QueueCounts[]> {
    const res = await this.pool.query<{ job_name: string; status: RunStatus; n: string }>(
      `select job_name, status, count(*) as n from job_runs
       where queue = $1 and (organization_id = $2 or ($3 and organization_id is null) or $2::uuid is null)
         and (status <> 'succeeded' or finished_at > now() - interval '24 hours')
       group by job_name, status`,
      [this.queue, orgId, includeSystem],
    );
    const letters = await this.pool.query<{ job_name: string; n: string }>(
      `select job_name, count(*) as n from job_dead_letters where queue = $1 and status = 'dead' and (organization_id = $2 or ($3 and organization_id is null) or $2::uuid is null) group by job_name`,
      [this.queue, orgId, includeSystem],
    );
    const by = new Map<string, QueueCounts>();
    const entry = (name: string) => by.get(name) ?? by.set(name, { jobName: name, queued: 0, running: 0, failed: 0, dead: 0, succeeded: 0 }).get(name)!;
    for (const r of res.rows) {
      const e = entry(r.job_name);
      const n = Number(r.n);
      if (r.status === "queued") e.queued += n;
      else if (r.status === "running") e.running += n;
      else if (r.status === "retrying") e.failed += n;
      else if (r.status === "succeeded") e.succeeded += n;
    }
    for (const r of letters.rows) entry(r.job_name).dead = Number(r.n);
    return [...by.values()];
  }

  /** Runs queued longer than `olderThanMs` whose agenda job is gone (a crash between our insert and agenda's). */
  async stranded(olderThanMs: number): Promise<JobRunRow[]> {
    const res = await this.pool.query<JobRunRow>(
      `select r.queue, r.key, r.job_name, r.organization_id, r.status, r.attempts, r.data from job_runs r
       where r.queue = $1 and r.status in ('queued', 'retrying', 'running') and r.updated_at < now() - ($2 || ' milliseconds')::interval
         and not exists (select 1 from agenda_jobs a where a.id = r.agenda_id)
       order by r.created_at limit 100`,
      [this.queue, String(olderThanMs)],
    );
    return res.rows;
  }
}
