// `npm run test:templates`: the templates recalculated in a real spreadsheet engine (LibreOffice headless).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/templates/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
