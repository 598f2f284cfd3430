import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli } from './run';

/** `npm run policy -- …`: see README.md, "The command line". */
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  const code = await runCli(process.argv.slice(2), {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    cwd: process.cwd(),
    today: new Date().toISOString().slice(0, 10),
  });
  process.exitCode = code;
}
