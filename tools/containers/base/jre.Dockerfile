# nrm-base/jre:17-bookworm, made by tools/containers/make-bases.sh: the Debian base with Debian's
# openjdk-17-jre-headless; java on the PATH as in eclipse-temurin:17-jre.
ARG BASE_IMAGE=nrm-base/debian:bookworm
FROM ${BASE_IMAGE}
# update-alternatives links the manual pages the base leaves out: their folder has to exist.
RUN mkdir -p /usr/share/man/man1 \
  && apt-get update -qq \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null \
  && apt-get clean && rm -rf /var/lib/apt/lists/* /var/log/* \
  && java -version
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
LABEL org.opencontainers.image.title="nrm-base/jre" \
      org.opencontainers.image.description="Debian bookworm (debootstrap minbase) with Debian's openjdk-17-jre-headless"
CMD ["jshell"]
