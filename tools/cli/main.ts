#!/usr/bin/env node
import { parseCli, USAGE, UsageError } from './args';
import { OutputError, oneLine, outputErrorLine } from './output';
import { runAnalyse } from './run-analyse';
import { runPlan } from './run-plan';
import { runRank } from './run-rank';
import { runTable } from './run-table';
import { runReport } from './run-report';
import { runTemplate } from './run-template';

/**
 * The `ita` command line: exit 0 ok, 1 when any error was found, 2 for a usage error, 3 when the output
 * cannot be written (one line saying where and why).
 */
async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseCli(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) process.stderr.write(`ita: ${oneLine(e.message)}\n`);
      process.stderr.write(USAGE + '\n');
      return 2;
    }
    throw e;
  }
  try {
    switch (args.command) {
      case 'analyse':
        return await runAnalyse(args);
      case 'rank':
        return await runRank(args);
      case 'table':
        return await runTable(args);
      case 'template':
        return runTemplate(args);
      case 'plan':
        return await runPlan(args);
      case 'report':
        return await runReport(args);
    }
  } catch (e) {
    if (e instanceof OutputError) {
      process.stderr.write(outputErrorLine(e, args.lang, oneLine) + '\n');
      return 3;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
