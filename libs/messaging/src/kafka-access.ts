import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes } from 'kafkajs';
import type { Admin, AclEntry } from 'kafkajs';
import type { KafkaAccess } from '@nrm/contracts';

/**
 * Declares the ACLs of each principal on the broker, for topics and groups under `topicPrefix` (the
 * same prefix the services are given), so test runs and environments sharing a cluster stay apart.
 * Declaring again adds nothing new.
 */
export async function declareKafkaAccess(
  admin: Admin,
  access: KafkaAccess[],
  topicPrefix: string,
): Promise<number> {
  const acl: AclEntry[] = [];
  const allow = (
    principal: string,
    resourceType: AclResourceTypes,
    resourceName: string,
    resourcePatternType: ResourcePatternTypes,
    operation: AclOperationTypes,
  ) =>
    acl.push({
      principal: `User:${principal}`,
      host: '*',
      resourceType,
      resourceName,
      resourcePatternType,
      operation,
      permissionType: AclPermissionTypes.ALLOW,
    });
  for (const a of access) {
    for (const topic of a.writes) {
      allow(
        a.principal,
        AclResourceTypes.TOPIC,
        `${topicPrefix}${topic}`,
        ResourcePatternTypes.LITERAL,
        AclOperationTypes.WRITE,
      );
    }
    for (const topic of a.reads) {
      allow(
        a.principal,
        AclResourceTypes.TOPIC,
        `${topicPrefix}${topic}`,
        ResourcePatternTypes.LITERAL,
        AclOperationTypes.READ,
      );
    }
    for (const prefix of a.readsPrefixed) {
      allow(
        a.principal,
        AclResourceTypes.TOPIC,
        `${topicPrefix}${prefix}`,
        ResourcePatternTypes.PREFIXED,
        AclOperationTypes.READ,
      );
    }
    const group = `${topicPrefix}${a.groupPrefix}`;
    allow(a.principal, AclResourceTypes.GROUP, group, ResourcePatternTypes.PREFIXED, AclOperationTypes.READ);
    allow(
      a.principal,
      AclResourceTypes.GROUP,
      group,
      ResourcePatternTypes.PREFIXED,
      AclOperationTypes.DELETE,
    );
  }
  await admin.createAcls({ acl });
  return acl.length;
}
