#!/usr/bin/env node
import { parseCli, USAGE, UsageError } from './args';
import { runAnalyse } from './run-analyse';
import { runPlan } from './run-plan';
import { runRank } from './run-rank';
import { runReport } from './run-report';
import { runTemplate } from './run-template';

/** The `ita` command line: exit 0 ok, 1 when any error was found, 2 for a usage error. */
async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseCli(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) process.stderr.write(`ita: ${e.message}\n`);
      process.stderr.write(USAGE + '\n');
      return 2;
    }
    throw e;
  }
  switch (args.command) {
    case 'analyse':
      return runAnalyse(args);
    case 'rank':
      return runRank(args);
    case 'template':
      return runTemplate(args);
    case 'plan':
      return runPlan(args);
    case 'report':
      return runReport(args);
  }
}

process.exitCode = await main(process.argv.slice(2));
