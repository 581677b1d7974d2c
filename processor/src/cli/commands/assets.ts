import { Command } from 'commander';

export function assetsCommand(): Command {
  const cmd = new Command('assets').description('The asset database (PostgreSQL, QOE_PG_URL) that CDN records are enriched from.');
  cmd
    .command('seed')
    .description('Create table qoe_asset_renditions and fill it with the catalog of a simulator scenario (url_prefix -> environment, asset, rendition, segment duration).')
    .option('--scenario <file>', 'scenario JSON; default: the built-in one')
    .action(async (opts: { scenario?: string }) => {
      const [{ ensureAssetTable, upsertAssets }, { assetDbPool }, { catalogAssetRows }, { loadScenario }, { configOrExit }] = await Promise.all([
        import('../../enrich/assetDb'),
        import('../../enrich/connections'),
        import('../seedAssets'),
        import('../../sources/simulator'),
        import('../configFromEnv'),
      ]);
      const { config, logger } = configOrExit();
      if (!config.QOE_PG_URL) throw new Error('set QOE_PG_URL (scripts/services.sh up --postgres prints it)');
      const pool = assetDbPool(config.QOE_PG_URL);
      try {
        await ensureAssetTable(pool);
        const rows = catalogAssetRows(loadScenario(opts.scenario));
        await upsertAssets(pool, rows);
        logger.info({ rows: rows.length }, 'asset database seeded');
        process.stderr.write(`seeded ${rows.length} asset rows into qoe_asset_renditions\n`);
      } finally {
        await pool.end();
      }
    });
  return cmd;
}
