# pdca-ledger: build with the Maven wrapper, run the Spring Boot jar on a JRE as a non-root user.
# Without a database configured it runs on the embedded H2 under /app/data; docker-compose.yml gives it PostgreSQL.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY shared-kernel shared-kernel
COPY command-side command-side
COPY query-side query-side
COPY app app
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 pdca \
    && useradd --system --uid 10001 --gid pdca --home-dir /app --no-create-home --shell /usr/sbin/nologin pdca \
    && mkdir -p /app/data \
    && chown -R pdca:pdca /app
WORKDIR /app
COPY --from=build /src/app/target/pdca-ledger.jar /app/app.jar
USER 10001:10001
EXPOSE 8080
# The JVM would take a quarter of the container's memory by default.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
