import { Command } from 'commander';
import { assetsCommand } from './commands/assets';
import { collectCommand } from './commands/collect';
import { replayCommand } from './commands/replay';
import { simulateCommand } from './commands/simulate';
import { startCommand } from './commands/start';
import { topicsCommand } from './commands/topics';

export function buildCli(): Command {
  return new Command('qoe')
    .description(
      'Video QoE observability: view summaries and CDN logs to per-minute QoE, CDN health, error-rate and usage series in InfluxDB, with incidents. Configuration: QOE_* environment variables (README "Configuration").',
    )
    .version('0.1.0')
    .addCommand(startCommand())
    .addCommand(replayCommand())
    .addCommand(simulateCommand())
    .addCommand(collectCommand())
    .addCommand(assetsCommand())
    .addCommand(topicsCommand())
    .showHelpAfterError();
}

export async function main(argv: string[] = process.argv): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (err) {
    // A command that fails part-way may leave servers, timers or clients open: end the
    // process instead of hanging with nothing running behind them.
    process.stderr.write(`qoe: ${(err as Error).message}\n`);
    process.exit(1);
  }
}
