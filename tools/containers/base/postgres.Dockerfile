# nrm-base/postgres:15-bookworm, made by tools/containers/make-bases.sh: the Debian base with Debian's
# postgresql-15, laid out as postgres:15 (binaries in /usr/lib/postgresql/15/bin on the PATH, user postgres
# with uid 999, PGDATA /var/lib/postgresql/data owned by it) and no cluster created at install.
ARG BASE_IMAGE=nrm-base/debian:bookworm
FROM ${BASE_IMAGE}
ENV PG_MAJOR=15
RUN groupadd --system --gid 999 postgres \
  && useradd --system --uid 999 --gid postgres --home-dir /var/lib/postgresql --shell /bin/bash postgres \
  && apt-get update -qq \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-common >/dev/null \
  && sed -ri 's/#?\s*create_main_cluster\s*=.*/create_main_cluster = false/' /etc/postgresql-common/createcluster.conf \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-${PG_MAJOR}" >/dev/null \
  && apt-get clean && rm -rf /var/lib/apt/lists/* /var/log/* \
  && mkdir -p /var/lib/postgresql/data /var/run/postgresql \
  && chown -R postgres:postgres /var/lib/postgresql /var/run/postgresql \
  && chmod 700 /var/lib/postgresql/data
ENV PATH=/usr/lib/postgresql/${PG_MAJOR}/bin:$PATH \
    PGDATA=/var/lib/postgresql/data
LABEL org.opencontainers.image.title="nrm-base/postgres" \
      org.opencontainers.image.description="Debian bookworm (debootstrap minbase) with Debian's postgresql-15"
VOLUME /var/lib/postgresql/data
EXPOSE 5432
CMD ["postgres"]
