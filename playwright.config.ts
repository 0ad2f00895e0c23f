import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The app under test runs from the production build on its own fresh embedded PostgreSQL.
export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'zh-CN',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'app', testIgnore: /(two-instances|department)\.spec\.ts/ },
    // A second instance on the same database, after every other spec: their budgets are its material.
    { name: 'two-instances', testMatch: /two-instances\.spec\.ts/, dependencies: ['app'] },
    // 部门预算 901 over the units the other specs leave approved or published, after all of them.
    { name: 'department', testMatch: /department\.spec\.ts/, dependencies: ['two-instances'] },
  ],
  webServer: {
    command: 'npx tsx --conditions=react-server scripts/start-app.ts --fresh-data',
    url: `http://localhost:${port}`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(port),
      EMBEDDED_PG_DIR: `.data/e2e-pg-${port}`,
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? '54339',
      NEXTAUTH_SECRET: 'e2e-only-secret-not-for-production',
      DATABASE_URL: '',
    },
  },
});
