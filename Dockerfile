# Build: the production-mode jar (Vaadin's precompiled bundle, no npm build).
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml .
COPY .mvn .mvn
RUN mvn -B -ntp dependency:go-offline
COPY src src
COPY frontend frontend
COPY data data
RUN mvn -B -ntp package -DskipTests -Dspotless.check.skip=true

# Run: a JRE, a non-root user, the catalog files and H2 database under /app/data.
FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --home-dir /app console
WORKDIR /app
COPY bin /app/bin
COPY --from=build /src/target/inference-quickstart-console-*.jar /tmp/console.jar
# The console extracted to /app/console with its AOT cache, made here by a training run of this image's own JVM (an
# AOT cache fits only the JVM build that made it, so not in the build stage's JDK): bin/console starts from it.
RUN bin/aot-cache /tmp/console.jar /app/console && rm /tmp/console.jar
COPY --chown=console data /app/data
USER console
VOLUME /app/data
EXPOSE 8080
# Inside a container the console must listen on all interfaces, so it starts only with a login configured (README,
# "Run it for a team"). It answers only to localhost unless other names are in IQCONSOLE_SECURITY_ALLOWEDHOSTS.
ENV SERVER_ADDRESS=0.0.0.0
# bin/console: a heap of a quarter of the container's memory limit (at most 512 MB), the serial collector, the AOT
# cache (bin/jvm.sh says why); more JVM options in CONSOLE_JAVA_OPTIONS, Spring arguments after the image name.
ENTRYPOINT ["/app/bin/console"]
