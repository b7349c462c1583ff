/**
 * The blocks' editor: settings in the sidebar (block controls), and a preview
 * the server renders with the same code as the page. Plain wp.element calls, so
 * the plugin needs no build step; the blocks' names, titles and attributes come
 * from their block.json, registered by the PHP.
 */
( function ( wp ) {
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var PanelColorSettings = wp.blockEditor.PanelColorSettings;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var PanelBody = wp.components.PanelBody;
	var TextControl = wp.components.TextControl;
	var SelectControl = wp.components.SelectControl;
	var ToggleControl = wp.components.ToggleControl;
	var ServerSideRender = wp.serverSideRender;

	/** A text field for one attribute. */
	function text( props, key, label, help ) {
		return el( TextControl, {
			key: key,
			label: label,
			help: help,
			value: props.attributes[ key ],
			onChange: function ( value ) {
				var change = {};
				change[ key ] = value;
				props.setAttributes( change );
			},
		} );
	}

	/** A choice among values for one attribute: [[value, label], …]. */
	function choice( props, key, label, options ) {
		return el( SelectControl, {
			key: key,
			label: label,
			value: props.attributes[ key ],
			options: options.map( function ( option ) {
				return { value: option[ 0 ], label: option[ 1 ] };
			} ),
			onChange: function ( value ) {
				var change = {};
				change[ key ] = value;
				props.setAttributes( change );
			},
		} );
	}

	/** A switch for one boolean attribute. */
	function toggle( props, key, label ) {
		return el( ToggleControl, {
			key: key,
			label: label,
			checked: !! props.attributes[ key ],
			onChange: function ( value ) {
				var change = {};
				change[ key ] = value;
				props.setAttributes( change );
			},
		} );
	}

	/** The settings every element has: language, light or dark, emergency number. */
	function common( props ) {
		return [
			choice( props, 'lang', __( 'Language', 'recovery-elements' ), [
				[ '', __( 'The same as the page', 'recovery-elements' ) ],
				[ 'en', 'English' ],
				[ 'es', 'Español' ],
			] ),
			choice( props, 'theme', __( 'Light or dark', 'recovery-elements' ), [
				[ 'light', __( 'Light', 'recovery-elements' ) ],
				[ 'dark', __( 'Dark', 'recovery-elements' ) ],
				[ 'auto', __( "Follow the reader's phone", 'recovery-elements' ) ],
			] ),
			text(
				props,
				'emergencyNumber',
				__( 'Emergency number', 'recovery-elements' ),
				__( 'Digits only, for example 112. Empty: 911.', 'recovery-elements' )
			),
		];
	}

	/** The colours: each one a CSS custom property of the element. */
	function colours( props ) {
		var colors = props.attributes.colors || {};
		var setting = function ( key, label ) {
			return {
				label: label,
				value: colors[ key ],
				onChange: function ( value ) {
					var next = Object.assign( {}, colors );
					if ( value ) {
						next[ key ] = value;
					} else {
						delete next[ key ];
					}
					props.setAttributes( { colors: next } );
				},
			};
		};
		return el( PanelColorSettings, {
			key: 'colours',
			title: __( 'Colours', 'recovery-elements' ),
			initialOpen: false,
			colorSettings: [
				setting( 'accent', __( 'Brand colour (buttons and links)', 'recovery-elements' ) ),
				setting( 'onAccent', __( 'Text on the brand colour', 'recovery-elements' ) ),
				setting( 'urgent', __( 'Emergency colour', 'recovery-elements' ) ),
				setting( 'onUrgent', __( 'Text on the emergency colour', 'recovery-elements' ) ),
				setting( 'text', __( 'Text colour', 'recovery-elements' ) ),
				setting( 'background', __( 'Background colour', 'recovery-elements' ) ),
			],
		} );
	}

	var controls = {
		'call-banner': function ( props ) {
			return [
				text( props, 'phone', __( 'Your phone number', 'recovery-elements' ), __( 'As you would dial it, for example (973) 555-0142. Empty: the SAMHSA National Helpline (free, 24/7, US).', 'recovery-elements' ) ),
				text( props, 'org', __( "Your organisation's name", 'recovery-elements' ) ),
				text( props, 'hours', __( 'When you answer', 'recovery-elements' ), __( 'Optional. For example: Mon–Fri 9–5', 'recovery-elements' ) ),
				text( props, 'openHours', __( 'Opening hours', 'recovery-elements' ), __( 'Optional. For example: Mo-Fr 09:00-17:00; Sa 10:00-14:00. Outside them, the call button calls the national helpline (free, 24/7) and your number stays to leave a message.', 'recovery-elements' ) ),
				text( props, 'timezone', __( 'Time zone of your hours', 'recovery-elements' ), __( "Optional. For example: America/New_York. Empty: your site's time zone.", 'recovery-elements' ) ),
				toggle( props, 'crisis', __( 'Add 988, the Suicide & Crisis Lifeline (call or text)', 'recovery-elements' ) ),
				text( props, 'chat', __( "Your chat's address", 'recovery-elements' ), __( 'Optional. Adds a Chat button. It starts with https://', 'recovery-elements' ) ),
				text( props, 'sms', __( 'A number for text messages', 'recovery-elements' ), __( 'Optional. Adds a Text button.', 'recovery-elements' ) ),
				text( props, 'message', __( 'Your own headline', 'recovery-elements' ), __( 'Optional.', 'recovery-elements' ) ),
				text( props, 'note', __( 'Small print under the button', 'recovery-elements' ), __( 'Optional.', 'recovery-elements' ) ),
				choice( props, 'variant', __( 'Where it sits', 'recovery-elements' ), [
					[ 'inline', __( 'In the page', 'recovery-elements' ) ],
					[ 'sticky', __( 'Always at the bottom of the screen', 'recovery-elements' ) ],
				] ),
				toggle( props, 'dismissible', __( 'Readers can close it', 'recovery-elements' ) ),
			];
		},
		'overdose-signs': function ( props ) {
			return [
				choice( props, 'variant', __( 'How much to show', 'recovery-elements' ), [
					[ 'full', __( 'Everything', 'recovery-elements' ) ],
					[ 'compact', __( 'Short: the signs and the call button', 'recovery-elements' ) ],
				] ),
				toggle( props, 'guide', __( 'Open in step-by-step mode', 'recovery-elements' ) ),
				choice( props, 'goodSamaritan', __( 'Good Samaritan laws (US)', 'recovery-elements' ), [
					[ 'on', __( 'Mention them', 'recovery-elements' ) ],
					[ 'off', __( 'Leave them out', 'recovery-elements' ) ],
				] ),
				text( props, 'heading', __( 'Your own title', 'recovery-elements' ), __( 'Optional.', 'recovery-elements' ) ),
			];
		},
		'family-steps': function ( props ) {
			return [
				text( props, 'steps', __( 'Steps to show', 'recovery-elements' ), __( 'Step numbers with commas, for example 1,5,8. Empty: all eight.', 'recovery-elements' ) ),
				text( props, 'open', __( 'Steps open at the start', 'recovery-elements' ), __( 'Step numbers with commas, or all.', 'recovery-elements' ) ),
				text( props, 'heading', __( 'Your own title', 'recovery-elements' ), __( 'Optional.', 'recovery-elements' ) ),
			];
		},
	};

	Object.keys( controls ).forEach( function ( tag ) {
		var name = 'recovery-elements/' + tag;
		wp.blocks.registerBlockType( name, {
			edit: function ( props ) {
				return el(
					'div',
					useBlockProps(),
					el(
						InspectorControls,
						null,
						el( PanelBody, { title: __( 'Settings', 'recovery-elements' ) }, controls[ tag ]( props ).concat( common( props ) ) ),
						colours( props )
					),
					el( ServerSideRender, { block: name, attributes: props.attributes } )
				);
			},
			// Rendered by the server on every view (PHP), so nothing is saved but the attributes.
			save: function () {
				return null;
			},
		} );
	} );
} )( window.wp );
