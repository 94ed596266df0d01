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
  },
});
