# The production shape: one image per app, built from the workspace.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json turbo.json tsconfig.base.json ./
COPY packages ./packages
COPY apps ./apps
# The API examples the portal's explorer lists (docs/partners.md).
COPY docs/api-examples.json ./docs/api-examples.json
RUN npm ci --no-audit --no-fund && npx turbo run build

FROM node:20-bookworm-slim AS api
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
RUN npm prune --omit=dev
WORKDIR /app/apps/api
EXPOSE 4000
USER node
CMD ["node", "--enable-source-maps", "dist/main.js"]
