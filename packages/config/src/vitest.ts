/** Test defaults every workspace shares: node environment, one fork at a time for database suites. */
export const baseTestConfig = {
  environment: 'node' as const,
  testTimeout: 30_000,
  hookTimeout: 60_000,
};
