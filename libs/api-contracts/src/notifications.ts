import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsISO8601,
  IsInt,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Calendars, Languages, Roles } from '@nrm/contracts';
import type { Calendar, Language, Role } from '@nrm/contracts';

export class WebhookEndpointRequest {
  @ApiProperty({
    example: 'https://agency.example/nrm-webhook',
    description: 'http(s) URL that receives notifications',
  })
  @MaxLength(2000)
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'url must be an http or https URL' })
  url!: string;
}

export class EmailEndpointRequest {
  @ApiProperty({
    example: 'nrm-desk@agency.example',
    description: "The agency's functional mailbox (not a person's)",
  })
  @IsEmail({}, { message: 'address must be an e-mail address' })
  @MaxLength(254)
  address!: string;
}

export const ExternalChannels = ['webhook', 'email'] as const;
export type ExternalChannel = (typeof ExternalChannels)[number];

/** An agency's subscription to one notification kind: who in the agency sees it, and where. */
export class SubscriptionRequest {
  @ApiProperty({
    description: 'false stops this kind for the agency (refused for kinds that cannot be muted)',
  })
  @IsBoolean()
  enabled!: boolean;

  @ApiProperty({
    enum: Roles,
    isArray: true,
    example: ['identification_officer', 'supervisor'],
    description: 'Roles in the agency who see it in their inbox; empty means everyone in the agency',
  })
  @IsArray()
  @ArrayMaxSize(Roles.length)
  @IsIn(Roles, { each: true, message: `each role must be one of: ${Roles.join(', ')}` })
  roles!: Role[];

  @ApiProperty({
    enum: ExternalChannels,
    isArray: true,
    example: ['webhook', 'email'],
    description:
      'Channels beside the inbox (the inbox always holds it); used where the agency has an endpoint',
  })
  @IsArray()
  @ArrayMaxSize(ExternalChannels.length)
  @IsIn(ExternalChannels, { each: true, message: 'each channel must be webhook or email' })
  channels!: ExternalChannel[];
}

/** How the agency reads its notifications. */
export class AgencyPreferencesRequest {
  @ApiProperty({ enum: Languages, example: 'ar' })
  @IsIn(Languages, { message: `language must be one of: ${Languages.join(', ')}` })
  language!: Language;

  @ApiProperty({
    enum: Calendars,
    example: 'gregory',
    description: 'Calendar for dates in notification texts (Gregorian, or Hijri Umm al-Qura)',
  })
  @IsIn(Calendars, { message: `calendar must be one of: ${Calendars.join(', ')}` })
  calendar!: Calendar;
}

/**
 * Internal: a burst of refused requests by one user, reported by the gateway to notifications, which
 * tells the user's agency (its administrators and supervisors). The caller's agency is the user's.
 */
export class SecurityAlertReport {
  @IsIn(['denied_burst'])
  kind!: 'denied_burst';

  @IsString()
  @Matches(/^[A-Za-z0-9._@:-]{1,200}$/)
  userId!: string;

  @IsIn(Roles)
  role!: Role;

  @IsInt()
  @Min(1)
  @Max(1_000_000)
  refusedInMinute!: number;

  @IsISO8601({ strict: true })
  windowStartedAt!: string;
}
