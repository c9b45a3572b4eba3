# Builds the Stammkunde jar (backend + web frontend) and runs it on a JRE.
# docker compose up --build  (see docker-compose.yml) starts it with PostgreSQL, Redis and Mailpit.
FROM node:22-bookworm-slim AS node

FROM eclipse-temurin:25-jdk AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s /usr/local/lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s /usr/local/lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx
WORKDIR /src
COPY . .
# The jOOQ classes are committed, so the build needs no database. Tests run in CI, not here.
RUN ./mvnw -B --no-transfer-progress -DskipTests package

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 stammkunde
COPY --from=build /src/api/target/stammkunde.jar /app/stammkunde.jar
USER stammkunde
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/stammkunde.jar"]
