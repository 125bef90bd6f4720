import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, Matches, MaxLength } from 'class-validator';

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
