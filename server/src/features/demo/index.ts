/** What the rest of Vigie may use from the demo data set: the CLI command and the service behind it. */
export { DEMO_USAGE, runDemoCommand } from './demo.command.ts';
export {
  assertEmptyDatabase,
  createDemoData,
  type DemoCredentials,
  type DemoSummary,
} from './demo.service.ts';
