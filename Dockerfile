# Build: the production-mode jar (Vaadin's precompiled bundle, no npm build).
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml .
COPY .mvn .mvn
RUN mvn -B -ntp dependency:go-offline
COPY src src
COPY frontend frontend
RUN mvn -B -ntp package -DskipTests -Dspotless.check.skip=true

# Run: a JRE, a non-root user, the catalog files and H2 database under /app/data.
FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --home-dir /app console
WORKDIR /app
COPY --from=build /src/target/inference-quickstart-console-*.jar /app/console.jar
COPY --chown=console data /app/data
USER console
VOLUME /app/data
EXPOSE 8080
# Inside a container the console must listen on all interfaces, so it starts only with a login configured (README,
# "Run it for a team"). It answers only to localhost unless other names are in IQCONSOLE_SECURITY_ALLOWEDHOSTS.
ENV SERVER_ADDRESS=0.0.0.0
# Huge pages for the heap, touched at start: see IQC_JVM_OPTIONS in .mvn/select-jdk.sh.
ENTRYPOINT ["java", "-XX:+UseTransparentHugePages", "-XX:+AlwaysPreTouch", "-jar", "/app/console.jar"]
