import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs beside Vite (npm run dev at the root starts both);
// in production the API serves the built files itself, so there is no CORS to set up.
const api = process.env.ATLAS_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: Number(process.env.ADMIN_PORT ?? 5173),
    proxy: {
      '/graphql': api,
      '/healthz': api,
      '/readyz': api,
    },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Monaco (the API explorer's editor) is one ~2.5 MB chunk, loaded only by /explorer.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      onLog(level, log, handler) {
        // GraphiQL's React-compiler output carries "use no memo" directives; dropping them is harmless.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use no memo')) return;
        handler(level, log);
      },
    },
  },
});
