/**
 * A month's AWS bill from the counts of one simulated run, scaled to 730
 * hours. On-demand prices of us-east-1 / eu-west-1 (late 2025), free tiers
 * left out. Every line says its arithmetic, for the README.
 */
export const PRICES = {
  lambdaArmGbSecond: 0.0000133334,
  lambdaRequest: 0.2 / 1e6,
  sqsFifoRequest: 0.5 / 1e6,
  dynamoWriteUnit: 0.625 / 1e6,
  dynamoReadUnit: 0.125 / 1e6,
  snsPublish: 0.5 / 1e6,
  snsEmail: 2 / 1e5,
  schedulerInvocation: 1 / 1e6,
} as const;

export const HOURS_PER_MONTH = 730;

export interface RunCounts {
  hours: number;
  worker: { invocations: number; billedMs: number; memoryMb: number };
  scheduler: { invocations: number; billedMs: number; memoryMb: number };
  sqs: { sendCalls: number; receiveCalls: number; deleteCalls: number; idlePollsPerMinute: number };
  dynamo: {
    /** Due queries (one per shard per tick) and the index entries they read. */
    dueQueries: number;
    dueEntriesRead: number;
    gets: number;
    leaseWrites: number;
    stateWrites: number;
    recordKb: number;
    indexEntryBytes: number;
  };
  notices: number;
  noticeEmails: number;
}

export interface CostLine {
  service: string;
  usd: number;
  arithmetic: string;
}

const money = (n: number): string => `$${n.toFixed(2)}`;
const millions = (n: number): string => `${(n / 1e6).toFixed(2)} M`;

export function monthlyCost(c: RunCounts): { lines: CostLine[]; total: number } {
  const k = HOURS_PER_MONTH / c.hours;
  const lines: CostLine[] = [];
  const lambda = (name: string, f: RunCounts['worker']) => {
    const gbs = (f.billedMs / 1000) * (f.memoryMb / 1024) * k;
    const req = f.invocations * k;
    lines.push({
      service: `Lambda ${name}`,
      usd: gbs * PRICES.lambdaArmGbSecond + req * PRICES.lambdaRequest,
      arithmetic: `${(gbs / 1e6).toFixed(3)} M GB-s x $0.0000133334 (ARM) + ${millions(req)} requests x $0.20/M`,
    });
  };
  lambda('worker', c.worker);
  lambda('scheduler', c.scheduler);

  const idlePolls = c.sqs.idlePollsPerMinute * 60 * HOURS_PER_MONTH;
  const sqsReq = (c.sqs.sendCalls + c.sqs.receiveCalls + c.sqs.deleteCalls) * k + idlePolls;
  lines.push({
    service: 'SQS FIFO',
    usd: sqsReq * PRICES.sqsFifoRequest,
    arithmetic: `(${millions(c.sqs.sendCalls * k)} SendMessageBatch + ${millions(c.sqs.receiveCalls * k)} receives + ${millions(c.sqs.deleteCalls * k)} DeleteMessageBatch + ${millions(idlePolls)} empty long polls) x $0.50/M`,
  });

  const d = c.dynamo;
  const wruPerWrite = Math.ceil(d.recordKb);
  // The sort key of the due index changes on every lease and save: a delete and a put in the index,
  // each entry the projected item plus 100 bytes of index overhead.
  const indexWru = 2 * Math.ceil((d.indexEntryBytes + 100) / 1024);
  const wru = (d.leaseWrites + d.stateWrites) * (wruPerWrite + indexWru) * k;
  const rruQuery = Math.max(d.dueQueries * 0.5, ((d.dueEntriesRead * d.indexEntryBytes) / 4096) * 0.5) * k;
  const rruGet = d.gets * Math.ceil(d.recordKb / 4) * k;
  lines.push({
    service: 'DynamoDB',
    usd: wru * PRICES.dynamoWriteUnit + (rruQuery + rruGet) * PRICES.dynamoReadUnit,
    arithmetic: `${millions((d.leaseWrites + d.stateWrites) * k)} writes (lease + state) x ${wruPerWrite + indexWru} WRU (${wruPerWrite} item + ${indexWru} due index) x $0.625/M + (${millions(rruGet)} RRU of gets + ${millions(rruQuery)} RRU of due queries) x $0.125/M`,
  });

  const publishes = c.notices * k;
  const emails = c.noticeEmails * k;
  lines.push({
    service: 'SNS',
    usd: publishes * PRICES.snsPublish + emails * PRICES.snsEmail,
    arithmetic: `${publishes.toFixed(0)} notices x $0.50/M + ${emails.toFixed(0)} emails x $2/100k (alerts on articles are not in this bill)`,
  });
  const ticks = c.scheduler.invocations * k;
  lines.push({
    service: 'EventBridge Scheduler',
    usd: ticks * PRICES.schedulerInvocation,
    arithmetic: `${ticks.toFixed(0)} ticks x $1/M`,
  });
  return { lines, total: lines.reduce((sum, l) => sum + l.usd, 0) };
}

export const formatCost = (l: CostLine): string =>
  `${l.service.padEnd(22)} ${money(l.usd).padStart(9)}   ${l.arithmetic}`;
