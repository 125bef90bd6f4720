#!/usr/bin/env bash
# nrm/kafka's entry point: writes server.properties from the environment, formats the KRaft storage on the
# first start (with the SCRAM users), then runs the broker in the foreground. As tools/kafka/kafka-broker.mjs.
#
#   KAFKA_PORT                  operator listener, PLAINTEXT (9092); the controller listens on the next port
#   KAFKA_CONTROLLER_PORT       (KAFKA_PORT + 1) and the SASL_PLAINTEXT listener on the one after
#   KAFKA_SASL_PORT             (KAFKA_PORT + 2)
#   KAFKA_OPERATOR_HOST         where the operator and controller listeners bind (127.0.0.1): whoever reaches
#                               them is the ANONYMOUS super user, so keep them on loopback
#   KAFKA_SASL_HOST             where the SASL listener binds (0.0.0.0)
#   KAFKA_ADVERTISED_HOST       the host name clients are told for the SASL listener (the container's)
#   KAFKA_SASL_ADVERTISED_PORT  the port they are told (KAFKA_SASL_PORT)
#   KAFKA_SCRAM_USERS           name:password[,name:password...]: the SCRAM-SHA-512 users (principals);
#   KAFKA_SCRAM_USERS_FILE      or a file of name:password lines
#   KAFKA_HEAP_MB               JVM heap (512)
#   KAFKA_CLUSTER_ID            cluster id for a new storage (random)
#   KAFKA_DATA_DIR              server.properties, cluster id and the log directory (/var/lib/kafka, a volume)
#   KAFKA_CFG_<NAME>            any broker setting: KAFKA_CFG_LOG_RETENTION_HOURS=1 sets log.retention.hours=1
#
# The users are set when the storage is formatted; storage formatted with other users (or passwords) holds
# only development data and is formatted again, as the development broker does.
set -euo pipefail

data_dir=${KAFKA_DATA_DIR:-/var/lib/kafka}
port=${KAFKA_PORT:-9092}
controller_port=${KAFKA_CONTROLLER_PORT:-$((port + 1))}
sasl_port=${KAFKA_SASL_PORT:-$((port + 2))}
operator_host=${KAFKA_OPERATOR_HOST:-127.0.0.1}
sasl_host=${KAFKA_SASL_HOST:-0.0.0.0}
advertised_host=${KAFKA_ADVERTISED_HOST:-${HOSTNAME:-localhost}}
sasl_advertised_port=${KAFKA_SASL_ADVERTISED_PORT:-$sasl_port}
heap_mb=${KAFKA_HEAP_MB:-512}
log_dir="$data_dir/logs"
props="$data_dir/server.properties"

# A wildcard address cannot be advertised: the operator listener is then advertised on loopback.
operator_advertised=$operator_host
case "$operator_host" in 0.0.0.0 | '' | '::') operator_advertised=127.0.0.1 ;; esac

users=()
if [ -n "${KAFKA_SCRAM_USERS_FILE:-}" ]; then
  while IFS= read -r line || [ -n "$line" ]; do
    line=${line%%#*}
    line=${line//[[:space:]]/}
    [ -n "$line" ] && users+=("$line")
  done <"$KAFKA_SCRAM_USERS_FILE"
fi
if [ -n "${KAFKA_SCRAM_USERS:-}" ]; then
  IFS=',' read -r -a more <<<"${KAFKA_SCRAM_USERS//[[:space:]]/}"
  users+=("${more[@]}")
fi
scram_args=()
names=()
for user in "${users[@]}"; do
  name=${user%%:*}
  password=${user#*:}
  if [ -z "$name" ] || [ "$name" = "$user" ] || [ ${#password} -lt 8 ]; then
    echo "KAFKA_SCRAM_USERS: '$name' needs name:password with a password of at least 8 characters" >&2
    exit 2
  fi
  scram_args+=(--add-scram "SCRAM-SHA-512=[name=$name,password=$password]")
  names+=("$name")
done
[ ${#names[@]} -gt 0 ] || echo "no KAFKA_SCRAM_USERS: the SASL listener accepts nobody" >&2

mkdir -p "$data_dir"
{
  echo "process.roles=broker,controller"
  echo "node.id=1"
  echo "controller.quorum.bootstrap.servers=$operator_advertised:$controller_port"
  # PLAINTEXT is the operator's listener (topics and ACLs are declared through it); services and analysts
  # use SASL_PLAINTEXT with SCRAM and are held to their ACLs.
  echo "listeners=PLAINTEXT://$operator_host:$port,CONTROLLER://$operator_host:$controller_port,SASL_PLAINTEXT://$sasl_host:$sasl_port"
  echo "advertised.listeners=PLAINTEXT://$operator_advertised:$port,CONTROLLER://$operator_advertised:$controller_port,SASL_PLAINTEXT://$advertised_host:$sasl_advertised_port"
  echo "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT"
  echo "inter.broker.listener.name=PLAINTEXT"
  echo "controller.listener.names=CONTROLLER"
  echo "sasl.enabled.mechanisms=SCRAM-SHA-512"
  echo "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;"
  echo "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer"
  echo "super.users=User:ANONYMOUS"
  echo "allow.everyone.if.no.acl.found=false"
  echo "log.dirs=$log_dir"
  echo "num.partitions=3"
  echo "auto.create.topics.enable=false"
  echo "offsets.topic.replication.factor=1"
  echo "transaction.state.log.replication.factor=1"
  echo "transaction.state.log.min.isr=1"
  echo "share.coordinator.state.topic.replication.factor=1"
  echo "share.coordinator.state.topic.min.isr=1"
  echo "offsets.topic.num.partitions=10"
  echo "transaction.state.log.num.partitions=10"
  echo "group.initial.rebalance.delay.ms=0"
  for var in ${!KAFKA_CFG_@}; do
    key=${var#KAFKA_CFG_}
    key=${key,,}
    echo "${key//_/.}=${!var}"
  done
} >"$props"

jvm=(
  "-Xmx${heap_mb}m" "-Xms${heap_mb}m"
  -XX:+ExitOnOutOfMemoryError -XX:-UsePerfData -Djava.awt.headless=true
  -Dlog4j2.configurationFile=/opt/kafka/config/log4j2.properties
  -cp '/opt/kafka/libs/*'
)

fingerprint=$(printf '%s\n' "${users[@]}" | sort | sha256sum | cut -d' ' -f1)
marker="$log_dir/.scram-users"
if [ -f "$log_dir/meta.properties" ] && [ "$(cat "$marker" 2>/dev/null)" != "$fingerprint" ]; then
  echo "Re-formatting $log_dir: its SCRAM users are not the configured ones"
  rm -rf "$log_dir"
fi
if [ ! -f "$log_dir/meta.properties" ]; then
  cluster_id=${KAFKA_CLUSTER_ID:-}
  # 16 random bytes, base64url, like kafka-storage random-uuid; never starting with '-'.
  while [ -z "$cluster_id" ] || [ "${cluster_id:0:1}" = - ]; do
    cluster_id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
  done
  echo "Formatting KRaft storage in $log_dir (cluster id $cluster_id) with SCRAM users: ${names[*]:-none}"
  java "${jvm[@]}" kafka.tools.StorageTool format --standalone -t "$cluster_id" -c "$props" \
    --ignore-formatted "${scram_args[@]}" >/dev/null
  echo "$fingerprint" >"$marker"
fi

echo "Starting Kafka $KAFKA_VERSION: operator $operator_host:$port, SASL $sasl_host:$sasl_port (advertised $advertised_host:$sasl_advertised_port)"
exec java "${jvm[@]}" kafka.Kafka "$props"
